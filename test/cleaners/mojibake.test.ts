import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { mojibake } from '../../src/cleaners/mojibake.js'
import { applyEdits, compile, ftfyCases, goldLines, runExample, runLine, toMojibake } from '../helpers/apply-edits.js'

describe('mojibake cleaner', () => {
  it('is a default-on normalise rewrite cleaner', () => {
    expect(mojibake.id).toBe('mojibake')
    expect(mojibake.category).toBe('normalise')
    expect(mojibake.stage).toBe('rewrite')
    expect(mojibake.enabled).toBe(true)
    expect(mojibake.description).not.toMatch(/\n/)
    expect(mojibake.examples.length).toBeGreaterThanOrEqual(2)
    expect(mojibake.examples.length).toBeLessThanOrEqual(5)
  })

  it.each(mojibake.examples.map((e, i) => [i, e] as const))('example %i', (_, example) => {
    expect(runExample(mojibake, example)).toBe(example.output)
  })

  it('validates its options', () => {
    expect(() => mojibake.validate!({ encodings: ['koi8-r' as never] })).toThrow(RangeError)
    expect(() => mojibake.validate!({ encodings: ['koi8-r' as never] })).toThrow(/Unexpected mojibake encoding 'koi8-r'/)
    expect(() => mojibake.validate!({ encodings: 'latin-1' as never })).toThrow(TypeError)
    expect(() => mojibake.validate!(mojibake.defaults)).not.toThrow()
  })

  it('explains each repair with its plan', () => {
    const edits = compile(mojibake)('Itâ€™s a cafÃ©')!
    expect(edits.map((e) => e.reason)).toEqual([
      'Unexpected mojibake `â€™`, expected `’` (decoded windows-1252 as utf-8)',
      'Unexpected mojibake `Ã©`, expected `é` (decoded windows-1252 as utf-8)',
    ])
    expect(compile(mojibake)('This is sad\u0085')![0]!.reason).toBe(
      'Unexpected mojibake `<U+0085>`, expected `…` (decoded latin-1 as windows-1252)',
    )
  })

  it('can be limited to some encodings', () => {
    const cyrillic = 'Blog Traffic Tip 2 вЂ“ Broadcast'
    expect(runLine(mojibake, cyrillic)).toBe('Blog Traffic Tip 2 – Broadcast')
    expect(runLine(mojibake, cyrillic, { encodings: ['latin-1', 'sloppy-windows-1252'] })).toBe(cyrillic)
  })

  it('returns null for ASCII and clean lines', () => {
    const fn = compile(mojibake)
    expect(fn('Plain ASCII text, nothing to see.')).toBeNull()
    for (const line of goldLines()) expect(fn(line)).toBeNull()
    for (const c of ftfyCases('negative')) if ((c['fixed-encoding'] ?? c.fixed) === c.original) expect(fn(c.original)).toBeNull()
  })

  it('repairs the ftfy cases line by line through compile()', () => {
    const fn = compile(mojibake)
    for (const file of ['in-the-wild', 'synthetic'] as const) {
      for (const c of ftfyCases(file)) expect(applyEdits(c.original, fn(c.original)), c.label).toBe(c['fixed-encoding'] ?? c.fixed)
    }
  })

  it('is idempotent on mojibake of gold lines and arbitrary strings', () => {
    const fn = compile(mojibake)
    const lines = goldLines()
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...lines).map(toMojibake), fc.string({ unit: 'binary' })), (text) => {
        const once = applyEdits(text, fn(text))
        expect(fn(once)).toBeNull()
      }),
      { numRuns: 500 },
    )
  })
})
