import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { bullets } from '../../src/cleaners/bullets.js'
import { applyEdits, compile, goldLines, runExample, runLine } from '../helpers/apply-edits.js'

describe('bullets cleaner', () => {
  it('is an opt-in normalise rewrite cleaner', () => {
    expect(bullets.id).toBe('bullets')
    expect(bullets.category).toBe('normalise')
    expect(bullets.stage).toBe('rewrite')
    expect(bullets.enabled).toBe(false)
    expect(bullets.description).not.toMatch(/\n/)
    expect(bullets.examples.length).toBeGreaterThanOrEqual(2)
    expect(bullets.examples.length).toBeLessThanOrEqual(5)
  })

  it.each(bullets.examples.map((e, i) => [i, e] as const))('example %i', (_, example) => {
    expect(runExample(bullets, example)).toBe(example.output)
  })

  it('validates its options', () => {
    expect(() => bullets.validate!({ ...bullets.defaults, marker: '>' as never })).toThrow(RangeError)
    expect(() => bullets.validate!({ ...bullets.defaults, marker: '>' as never })).toThrow(/Unexpected bullet marker '>'/)
    expect(() => bullets.validate!({ ...bullets.defaults, dashes: 'no' as never })).toThrow(TypeError)
    expect(() => bullets.validate!({ marker: '•', dashes: true })).not.toThrow()
  })

  it('normalises bullets and leaves other lines', () => {
    expect(runLine(bullets, '▪ Point', { marker: '*' })).toBe('* Point')
    const fn = compile(bullets)
    for (const line of goldLines()) expect(fn(line)).toBeNull()
  })

  it('is idempotent', () => {
    const fn = compile(bullets, { marker: '•' })
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('•', '*', '-', '▪', ' ', 'a', '—') }), (line) => {
        const once = applyEdits(line, fn(line))
        expect(fn(once)).toBeNull()
      }),
      { numRuns: 3000 },
    )
  })
})
