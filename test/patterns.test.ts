/** Shared patterns (src/patterns.ts): the code-unit test for horizontal white space, the word alternation, question lines and post-navigation arrows. */
import { describe, expect, it } from 'vitest'
import { BACK_LINK, BARE_YEAR, HSPACE_CLASS, isHSpace, NEXT_LINK, QUESTION, wordAlternation } from '../src/patterns.js'

describe('isHSpace', () => {
  it('agrees with HSPACE_CLASS on every BMP code unit', () => {
    const re = new RegExp(`^${HSPACE_CLASS}$`, 'u')
    const differ: number[] = []
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue
      if (isHSpace(c) !== re.test(String.fromCharCode(c))) differ.push(c)
    }
    expect(differ).toEqual([])
  })
})

describe('wordAlternation', () => {
  const re = (words: string[]) => new RegExp(`^(?:${wordAlternation(words)})$`, 'iu')
  it('takes a final star for any ending, any white space for a space, either apostrophe', () => {
    expect(re(['commission*']).test('Commissions')).toBe(true)
    expect(re(['commission*']).test('commissioner-in-chief')).toBe(true)
    expect(re(['affiliate link*']).test('affiliate\u00a0 links')).toBe(true)
    expect(re(["liens d'affiliation"]).test('liens d’affiliation')).toBe(true)
    expect(re(['commission']).test('commissions')).toBe(false)
  })
  it('escapes the words and tries the longest first', () => {
    expect(re(['a.b']).test('axb')).toBe(false)
    expect(new RegExp(`^(${wordAlternation(['last updated', 'last updated on'])})`, 'i').exec('Last updated on March 4')![1]).toBe('Last updated on')
  })
})

describe('QUESTION', () => {
  it('matches a line that ends in a question mark, before closing quotes or brackets', () => {
    for (const q of ['Why does my starter smell of acetone?', '¿Puedo congelar la masa madre?', 'Was kostet die Fähre?”', 'Is it safe (for children)?)', 'なぜですか？']) expect(QUESTION.test(q), q).toBe(true)
    for (const q of ['Frequently Asked Questions', 'Why? Because the flour was wet.', 'What now?!x']) expect(QUESTION.test(q), q).toBe(false)
  })
})

describe('BACK_LINK and NEXT_LINK', () => {
  it('find the arrows of a post navigation, not guillemets', () => {
    for (const t of ['← All Articles', '←Previous Post', '⟵ Zurück zur Übersicht']) expect(BACK_LINK.test(t), t).toBe(true)
    for (const t of ['« Previous Post', '‹ Back to blog', 'x <- 5', 'Home ←', '←']) expect(BACK_LINK.test(t), t).toBe(false)
    for (const t of ['Next Post →', 'Weiter ⟶']) expect(NEXT_LINK.test(t), t).toBe(true)
    for (const t of ['Cinnamon Raisin Bread »', 'Weiter ›', '→ Next', 'a -> b']) expect(NEXT_LINK.test(t), t).toBe(false)
  })
})

describe('BARE_YEAR', () => {
  it('matches a year from 1000 to 2099 alone', () => {
    for (const t of ['1000', '1863', '2025', '2099']) expect(BARE_YEAR.test(t), t).toBe(true)
    for (const t of ['999', '2100', '3100', '1863 ', 'in 1863', '18630']) expect(BARE_YEAR.test(t), t).toBe(false)
  })
})
