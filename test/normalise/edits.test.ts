import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { Edit } from '../../src/types.js'
import { applyEdits, composeEdits, fixpointEdits } from '../../src/normalise/edits.js'
import { applyEdits as checkedApply } from '../helpers/apply-edits.js'

/** Sorted, non-overlapping random edits on a text of length `length`. */
function edits(length: number): fc.Arbitrary<Edit[]> {
  return fc
    .array(fc.tuple(fc.nat(length), fc.nat(3), fc.string({ unit: fc.constantFrom('x', 'y', 'é', ''), maxLength: 3 })), { maxLength: 4 })
    .map((raw) => {
      const out: Edit[] = []
      let pos = 0
      for (const [at, size, text] of raw.sort((a, b) => a[0] - b[0])) {
        const start = Math.max(at, pos)
        const end = Math.min(start + size, length)
        if (start > length) break
        out.push({ start, end, text, reason: `r${out.length}` })
        pos = end
        if (end === start) pos = end + 1 // at most one insertion per offset
      }
      return out.filter((e) => e.start <= length)
    })
}

describe('composeEdits', () => {
  it('composes like applying one after the other', () => {
    const scenario = fc
      .string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 12 })
      .chain((text) => edits(text.length).map((first) => [text, first] as const))
      .chain(([text, first]) => edits(applyEdits(text, first).length).map((second) => [text, first, second] as const))
    fc.assert(
      fc.property(scenario, ([text, first, second]) => {
        const composed = composeEdits(text, first, second)
        expect(checkedApply(text, composed.length > 0 ? composed : null)).toBe(applyEdits(applyEdits(text, first), second))
      }),
      { numRuns: 3000 },
    )
  })

  it('runs a step to a fixed point', () => {
    // Each pass removes one "ab"; "aabb" needs two passes.
    const step = (text: string): Edit[] | null => {
      const at = text.indexOf('ab')
      return at < 0 ? null : [{ start: at, end: at + 2, text: '', reason: 'ab' }]
    }
    const result = fixpointEdits('x aabb y', step)!
    expect(applyEdits('x aabb y', result)).toBe('x  y')
    expect(result).toEqual([{ start: 2, end: 6, text: '', reason: 'ab' }])
    expect(fixpointEdits('nothing', step)).toBeNull()
  })
})

describe('helper functions check their options as the cleaners do', () => {
  it('bad values and unknown keys throw, naming them; good ones work', async () => {
    const { fixBullets, cleanUnicode, fixMojibake, repairMojibake, fixTypography } = await import('../../src/index.js')
    expect(() => fixBullets('• one', { marker: '>' as never })).toThrow(/bullet marker '>'/)
    expect(() => fixBullets('• one', { bogus: 1 } as never)).toThrow(/option 'bogus' for fixBullets/)
    expect(() => cleanUnicode('café', { form: 'NFD' as never })).toThrow(/normalization form 'NFD'/)
    expect(() => fixMojibake('doesnâ€™t', { encodings: ['windows-1252' as never] })).toThrow(/mojibake encoding 'windows-1252'/)
    expect(() => repairMojibake('plain', { encodings: 'cp1252' as never })).toThrow(/expected an array/)
    expect(() => fixTypography('“Hi”', { style: 'Ascii' as never })).toThrow(/typography style 'Ascii'/)
    expect(() => fixTypography('x', null as never)).toThrow(/options null for fixTypography/)
    expect(fixBullets('• one', { marker: '*' })).toBe('* one')
    expect(cleanUnicode('Cafe\u0301', { form: false })).toBe('Cafe\u0301')
    expect(fixMojibake('doesnâ€™t', { encodings: undefined })?.text).toBe('doesn’t')
    expect(fixTypography('“Hi”', { style: 'ascii' })).toBe('"Hi"')
  })
})
