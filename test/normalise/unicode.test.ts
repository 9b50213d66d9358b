import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { cleanUnicode, unicodeEdits } from '../../src/normalise/unicode.js'
import { applyEdits, goldLines } from '../helpers/apply-edits.js'

function clean(text: string, options = {}): string {
  return applyEdits(text, unicodeEdits(text, options))
}

describe('unicodeEdits', () => {
  it('returns null for plain ASCII and for clean text', () => {
    expect(unicodeEdits('Plain ASCII, tabs\tand all.')).toBeNull()
    expect(unicodeEdits('Café “quoted” — naïve')).toBeNull()
    for (const line of goldLines()) if (!line.includes('\u00a0')) expect(unicodeEdits(line)).toBeNull()
  })

  it('removes invisible format characters', () => {
    expect(clean('zero\u200Bwidth')).toBe('zerowidth')
    expect(clean('\uFEFFbom')).toBe('bom')
    expect(clean('soft\u00ADhyphen')).toBe('softhyphen')
    expect(clean('word\u2060joiner')).toBe('wordjoiner')
    expect(clean('image \uFFFC caption')).toBe('image  caption')
  })

  it('reports one edit per run of the same character, worded like remark-lint', () => {
    const edits = unicodeEdits('a\u200B\u200B\u200Bb\u00ADc')!
    expect(edits).toEqual([
      { start: 1, end: 4, text: '', reason: 'Unexpected zero width space `<U+200B><U+200B><U+200B>`, expected nothing' },
      { start: 5, end: 6, text: '', reason: 'Unexpected soft hyphen `<U+00AD>`, expected nothing' },
    ])
  })

  it('keeps a zero width joiner inside emoji sequences and joining scripts, removes it elsewhere', () => {
    expect(clean('👩\u200D💻 and 👨\u200D👩\u200D👧')).toBe('👩\u200D💻 and 👨\u200D👩\u200D👧')
    expect(clean('❤\uFE0F\u200D🔥')).toBe('❤\uFE0F\u200D🔥')
    expect(clean('क्\u200Dष')).toBe('क्\u200Dष')
    expect(clean('stray\u200Djoiner \u200D👩')).toBe('strayjoiner 👩')
    expect(clean('zero\u200Cwidth non-joiner stays: می\u200Cخواهم')).toBe('zero\u200Cwidth non-joiner stays: می\u200Cخواهم')
  })

  it('removes bidi marks only from lines without right-to-left letters', () => {
    expect(clean('left\u200E to right\u202A')).toBe('left to right')
    expect(clean('עברית \u200Fand English')).toBe('עברית \u200Fand English')
  })

  it('removes control characters but keeps tab; separating controls become spaces', () => {
    expect(clean('bell\u0007 nul\u0000 del\u007F c1\u0091')).toBe('bell nul del c1')
    expect(clean('a\tb')).toBe('a\tb')
    expect(clean('page\u000Cbreak and\u0085next')).toBe('page break and next')
    expect(clean('bell\u0007', { controls: false })).toBe('bell\u0007')
  })

  it('turns exotic spaces into spaces (unless told not to)', () => {
    expect(clean('no\u00A0break thin\u2009space ideo\u3000graphic', { spaces: true })).toBe('no break thin space ideo graphic')
    expect(clean('no\u00A0break')).toBe('no\u00A0break') // off by default: the whitespace cleaner owns spaces
  })

  it('normalises to NFC, or NFKC on request, narrowed to the changed characters', () => {
    const edits = unicodeEdits('The cafe\u0301 is open')!
    expect(edits).toEqual([
      { start: 7, end: 9, text: 'é', reason: 'Unexpected non-NFC `e\u0301` (U+0065 U+0301), expected `\u00e9` (U+00E9)' },
    ])
    expect(clean('ﬁne ² Ａ')).toBe('ﬁne ² Ａ')
    expect(clean('ﬁne ² Ａ', { form: 'NFKC' })).toBe('fine 2 A')
    expect(clean('cafe\u0301', { form: false })).toBe('cafe\u0301')
    expect(clean('Ang\u0307\u00ADstrom e\u0301\u200B')).toBe('Anġstrom é')
  })

  it('cleans whole texts line by line', () => {
    expect(cleanUnicode('a\u200Bb\r\nc\u0301\nd\u00A0e', { spaces: true })).toBe('ab\r\nć\nd e')
  })
})

const nasty = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...'ae \t\u0000\u0007\u001b\u0085\u0091\u00a0\u00ad\u034f\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202e\u2060\u2066\u2069\u206a\ufeff\ufffc\ufe0f\u0301\u0308\u0327ﬁ²Ａ\u3000\u2009\ud800\udc00', '👩', '💻', 'ש', 'ب', 'क', '्', '가', '\u1100', '\u1161'),
    fc.string({ unit: 'binary', maxLength: 1 }),
  ),
  maxLength: 24,
})

describe('properties', () => {
  for (const form of ['NFC', 'NFKC'] as const) {
    it(`is idempotent and returns ${form} text (${form})`, () => {
      fc.assert(
        fc.property(nasty, (text) => {
          const once = clean(text, { form })
          expect(clean(once, { form })).toBe(once)
          expect(once.normalize(form)).toBe(once)
        }),
        { numRuns: 3000 },
      )
    })
  }

  it('does not crash on arbitrary Unicode, lone surrogates and NUL, and its edits are well-formed', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), nasty), (text) => {
        for (const options of [{}, { form: 'NFKC' as const }, { invisibles: false }, { spaces: false, controls: false }]) {
          clean(text, options) // applyEdits throws on malformed edits
        }
      }),
      { numRuns: 2000 },
    )
  })

  it('removes every control and stray invisible it is asked to', () => {
    fc.assert(
      fc.property(nasty, (text) => {
        expect(clean(text)).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u200b\u2060\ufeff\ufffc]/)
      }),
      { numRuns: 2000 },
    )
  })
})
