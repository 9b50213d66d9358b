/**
 * layout: the pattern for a word split by a hyphen at a line end, against the form without the
 * lookbehind (which tried the match from every letter of a run), on generated line ends.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { HYPHEN_END } from '../../src/cleaners/layout.js'
import { clean } from '../../src/index.js'

const PLAIN = /(\p{L}+)-$/u

describe('layout: HYPHEN_END', () => {
  it('finds the word the plain pattern finds', () => {
    const unit = fc.constantFrom('a', 'B', 'é', '𝐀', '1', '-', ' ', '.', 'ß')
    fc.assert(fc.property(fc.array(unit, { maxLength: 30 }).map((u) => u.join('')), (text) => {
      expect(HYPHEN_END.exec(text)?.[1]).toBe(PLAIN.exec(text)?.[1])
      expect(HYPHEN_END.exec(text)?.index).toBe(PLAIN.exec(text)?.index)
    }), { numRuns: 5000, seed: 5 })
  })
  it('re-joins a hyphenated word and leaves a long run of letters before "1-" alone', () => {
    const wrapped = 'The committee met on Tuesday to discuss the inter-\nnational agreement on fishing rights, which\nexpires next year after a decade of disputes.\nMembers of the committee said that the\nagreement had been a well-known source of\nfriction between the two neighbouring states\nand that an international panel should\nreview it before the end of the year so that\nboth sides can agree on new quotas in time.'
    expect(clean(wrapped)).toContain('discuss the international agreement')
    const long = 'x' + 'a'.repeat(20_000) + '1-'
    expect(clean(long + '\nnext line here')).toBe(long + '\n\nnext line here\n')
  })
})
