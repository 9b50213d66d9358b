// The fast paths of phrase matching and line keys against the plain definitions they replace.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { compilePhrases, firstWord, phraseFilter, phraseKey, phraseSource } from '../src/phrases.js'
import { lineKey } from '../src/document-utils.js'
import { isWordCode, lineFeatures } from '../src/features.js'

/** phraseKey as a RegExp replace, the definition the scan replaces. */
function phraseKeyByRegExp(text: string): string {
  let s = 0
  let e = text.length
  while (s < e && !isWordCode(text.charCodeAt(s))) s++
  while (e > s && !isWordCode(text.charCodeAt(e - 1))) e--
  return text.slice(s, e).toLowerCase().replace(/[’‘`´]|\s{2,}|[^\S ]/g, (m) => (m.trim() ? "'" : ' '))
}

const lineKeyByRegExp = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ').trim()

/** Pieces that exercise folding, word classes, surrogates and case mapping. */
const PIECES = [' ', '  ', '\t', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u2028', '’', '‘', '`', '´', "'", '-', '.', ':', '©', '#',
  'a', 'Read', 'MORE', 'é', 'İ', 'Σ', 'ß', '\u0301', '1', '12', '😀', '𝐀', '\ud800', 'x', 'comments', 'Share this']
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((xs) => xs.join(''))

describe('phraseKey', () => {
  it('folds apostrophes and white space as the RegExp definition does', () => {
    for (const t of ['Leave a  Reply', 'Don’t miss', 'A\tb', 'a\u00a0b', '— Share this: —', 'it`s', 'x ´y', '']) {
      expect(phraseKey(t)).toBe(phraseKeyByRegExp(t))
    }
    fc.assert(fc.property(text, (t) => phraseKey(t) === phraseKeyByRegExp(t)), { numRuns: 3000 })
  })
})

describe('lineKey', () => {
  it('equals the RegExp definition, astral characters included', () => {
    for (const t of ['Hello, World!', '  a  b  ', 'İstanbul', 'ΟΔΟΣ', 'x😀y', 'e\u0301', '', '...']) {
      expect(lineKey(t)).toBe(lineKeyByRegExp(t))
    }
    fc.assert(fc.property(text, (t) => lineKey(t) === lineKeyByRegExp(t)), { numRuns: 3000 })
  })
})

describe('lineFeatures', () => {
  it('counts function words inside and at the end of a line', () => {
    expect(lineFeatures('It’s the end of the story and it').functionWords).toBe(lineFeatures('It’s the end of the story and it.').functionWords)
    expect(lineFeatures('the').functionWords).toBe(1)
    expect(lineFeatures('the cat').functionWords).toBe(1)
    expect(lineFeatures('cat the').functionWords).toBe(1)
  })
})

describe('whole-line phrases that start with a number', () => {
  const phrases = ['# comments', '# min read', '# Kommentare', '#', '# thoughts on *']
  const m = compilePhrases(phrases, [])
  // the same phrases as one alternation, the number repeated for each: the plain form
  const plain = new RegExp(`^[\\s\\p{P}\\p{S}]*(?:${[...phrases].sort((a, b) => b.length - a.length).map(phraseSource).join('|')})[\\s\\p{P}\\p{S}]*$`, 'iu')
  it('match the same lines as the plain alternation', () => {
    for (const t of ['12 comments', '1,204 Comments', '3 min read', '1.2K comments', '7', '5 minutes', '12 thoughts on “Title”', '3 Kommentare', '1,2,3']) {
      const key = phraseKey(t)
      expect(m.whole(t, key, firstWord(t)), t).toBe(plain.test(t))
    }
    const numbered = fc.tuple(fc.constantFrom('1', '12', '1,204', '1.2', '3K', '999 ', ''), text).map(([n, t]) => n + t)
    // (the number group is consulted for lines whose first word starts with a digit)
    const digitFirst = numbered.filter((t) => /^\d/.test(firstWord(t)))
    fc.assert(fc.property(digitFirst, (t) => m.whole(t, phraseKey(t), firstWord(t)) === plain.test(t)), { numRuns: 3000 })
  })
})

describe('phraseFilter', () => {
  const sets: Array<[string[], string[]]> = [
    [['Leave a Reply', 'Share this:', '# comments', '© #', '* theme by *'], ['Read more', 'Related', '©']],
    [['Loading...', 'Tweet'], ['Photo:', '# min read']],
    [[], []],
  ]
  it('never rejects a line that a matcher matches', () => {
    for (const [lines, starts] of sets) {
      const m = compilePhrases(lines, starts)
      const filter = phraseFilter([m])
      const check = (t: string): boolean => {
        const first = firstWord(t)
        const key = t.length <= 200 ? phraseKey(t) : null
        if (filter(t, first, key)) return true
        return !(key !== null && m.whole(t, key, first)) && m.start(t, first) === null
      }
      for (const t of ['Leave a reply', 'Share this', '12 comments', '© 2024', 'Theme by Foo', 'Read more: x', 'Related', '© Foo', 'Loading…', '3 min read', 'Photo: AP', 'Nothing here']) {
        expect(check(t), t).toBe(true)
      }
      fc.assert(fc.property(text, check), { numRuns: 2000 })
    }
  })
})
