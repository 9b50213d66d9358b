import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { htmlEntities } from '../../src/cleaners/html-entities.js'
import { applyEdits, compile, goldLines, runExample, runLine } from '../helpers/apply-edits.js'

describe('html-entities cleaner', () => {
  it('is a default-on normalise rewrite cleaner', () => {
    expect(htmlEntities.id).toBe('html-entities')
    expect(htmlEntities.category).toBe('normalise')
    expect(htmlEntities.stage).toBe('rewrite')
    expect(htmlEntities.enabled).toBe(true)
    expect(htmlEntities.description).not.toMatch(/\n/)
    expect(htmlEntities.examples.length).toBeGreaterThanOrEqual(2)
    expect(htmlEntities.examples.length).toBeLessThanOrEqual(5)
  })

  it.each(htmlEntities.examples.map((e, i) => [i, e] as const))('example %i', (_, example) => {
    expect(runExample(htmlEntities, example)).toBe(example.output)
  })

  it('validates its options', () => {
    expect(() => htmlEntities.validate!({ legacy: true } as never)).toThrow(/Unexpected html-entities option 'legacy'/)
    expect(() => htmlEntities.validate!({})).not.toThrow()
  })

  it('decodes entities with a reason per entity', () => {
    expect(runLine(htmlEntities, 'Fish &amp; chips &mdash; 5&#8364;')).toBe('Fish & chips — 5€')
    expect(compile(htmlEntities)('&lt;b&gt;')!.map((e) => e.reason)).toEqual([
      'Unexpected HTML entity `&lt;`, expected `<`',
      'Unexpected HTML entity `&gt;`, expected `>`',
    ])
  })

  it('returns null for lines without entities', () => {
    const fn = compile(htmlEntities)
    expect(fn('No ampersand here')).toBeNull()
    expect(fn('R&D and AT&T')).toBeNull()
    for (const line of goldLines()) expect(fn(line)).toBeNull()
  })

  it('is idempotent', () => {
    const fn = compile(htmlEntities)
    const text = fc.string({ unit: fc.constantFrom('&', 'amp;', 'lt;', '#38;', '#x26;', 'nbsp;', 'a', ' ', ';', '#', 'semi;') })
    fc.assert(
      fc.property(text, (line) => {
        const once = applyEdits(line, fn(line))
        expect(fn(once)).toBeNull()
      }),
      { numRuns: 3000 },
    )
  })
})
