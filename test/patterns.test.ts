/** Shared patterns (src/patterns.ts): the code-unit test for horizontal white space, the word alternation, the question line. */
import { describe, expect, it } from 'vitest'
import { HSPACE_CLASS, isHSpace, QUESTION, wordAlternation } from '../src/patterns.js'

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
