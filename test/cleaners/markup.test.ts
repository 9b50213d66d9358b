import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { markup } from '../../src/cleaners/markup.js'
import { applyEdits, compile, goldLines, runDocument, runExample, runLine } from '../helpers/apply-edits.js'

describe('markup cleaner', () => {
  it('is a default-on normalise rewrite cleaner', () => {
    expect(markup.id).toBe('markup')
    expect(markup.category).toBe('normalise')
    expect(markup.stage).toBe('rewrite')
    expect(markup.enabled).toBe(true)
    expect(markup.description).not.toMatch(/\n/)
    expect(markup.examples.length).toBeGreaterThanOrEqual(2)
    expect(markup.examples.length).toBeLessThanOrEqual(5)
  })

  it.each(markup.examples.map((e, i) => [i, e] as const))('example %i', (_, example) => {
    expect(runExample(markup, example)).toBe(example.output)
  })

  it('validates its options', () => {
    expect(() => markup.validate!({ keep: ['b'] } as never)).toThrow(/Unexpected markup option 'keep'/)
    expect(() => markup.validate!({})).not.toThrow()
  })

  it('removes markup, keeps prose about markup', () => {
    expect(runLine(markup, '<p>Text with <a href="https://example.com">a link</a>.</p>')).toBe('Text with a link.')
    expect(runLine(markup, 'Use the <br> tag to break a line')).toBe('Use the <br> tag to break a line')
    expect(runDocument(markup, '<div>\n<p>One</p>\n</div>\n<p>Two</p>')).toBe('One\n\nTwo\n')
  })

  it('returns null for lines without tags', () => {
    const fn = compile(markup)
    expect(fn('No angle brackets')).toBeNull()
    expect(fn('3 < 4 > 2')).toBeNull()
    for (const line of goldLines()) expect(fn(line)).toBeNull()
  })

  it('is idempotent', () => {
    const fn = compile(markup)
    const text = fc.string({ unit: fc.constantFrom('<br>', '</p>', '<b>', '</b>', '<', '>', 'tag', 'the ', ' ', 'x', '"', '<!--', '-->', '<p class="a">') })
    fc.assert(
      fc.property(text, (line) => {
        const once = applyEdits(line, fn(line))
        expect(fn(once)).toBeNull()
      }),
      { numRuns: 3000 },
    )
  })
})
