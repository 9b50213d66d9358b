import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { typography } from '../../src/cleaners/typography.js'
import { applyEdits, compile, runExample, runLine } from '../helpers/apply-edits.js'

describe('typography cleaner', () => {
  it('is an opt-in normalise rewrite cleaner that keeps typography by default', () => {
    expect(typography.id).toBe('typography')
    expect(typography.category).toBe('normalise')
    expect(typography.stage).toBe('rewrite')
    expect(typography.enabled).toBe(false)
    expect(typography.defaults.style).toBe('keep')
    expect(typography.description).not.toMatch(/\n/)
    expect(typography.examples.length).toBeGreaterThanOrEqual(2)
    expect(typography.examples.length).toBeLessThanOrEqual(5)
    expect(compile(typography)('“Hi” -- it\'s...')).toBeNull()
  })

  it.each(typography.examples.map((e, i) => [i, e] as const))('example %i', (_, example) => {
    expect(runExample(typography, example)).toBe(example.output)
  })

  it('validates its options', () => {
    expect(() => typography.validate!({ ...typography.defaults, style: 'fancy' as never })).toThrow(RangeError)
    expect(() => typography.validate!({ ...typography.defaults, style: 'fancy' as never })).toThrow(
      "Unexpected typography style 'fancy', expected 'keep', 'ascii' or 'typographic'",
    )
    expect(() => typography.validate!({ ...typography.defaults, quotes: 1 as never })).toThrow(TypeError)
    expect(() => typography.validate!({ ...typography.defaults, style: 'ascii' })).not.toThrow()
  })

  it('applies a style', () => {
    expect(runLine(typography, '“Hi” — it’s…', { style: 'ascii' })).toBe('"Hi" -- it\'s...')
    expect(runLine(typography, '"Hi" -- it\'s...', { style: 'typographic' })).toBe('“Hi” — it’s…')
  })

  for (const style of ['ascii', 'typographic'] as const) {
    it(`${style} is idempotent`, () => {
      const fn = compile(typography, { style })
      fc.assert(
        fc.property(fc.string({ unit: fc.constantFrom('a', ' ', "'", '"', '-', '.', '“', '”', '’', '—', '…', '1', '(') }), (line) => {
          const once = applyEdits(line, fn(line))
          expect(fn(once)).toBeNull()
        }),
        { numRuns: 3000 },
      )
    })
  }
})
