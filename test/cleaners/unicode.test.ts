import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { unicode } from '../../src/cleaners/unicode.js'
import { applyEdits, compile, goldLines, runExample, runLine } from '../helpers/apply-edits.js'

describe('unicode cleaner', () => {
  it('is a default-on normalise rewrite cleaner', () => {
    expect(unicode.id).toBe('unicode')
    expect(unicode.category).toBe('normalise')
    expect(unicode.stage).toBe('rewrite')
    expect(unicode.enabled).toBe(true)
    expect(unicode.defaults).toEqual({ form: 'NFC', invisibles: true, controls: true, spaces: false })
    expect(unicode.description).not.toMatch(/\n/)
    expect(unicode.examples.length).toBeGreaterThanOrEqual(2)
    expect(unicode.examples.length).toBeLessThanOrEqual(5)
  })

  it.each(unicode.examples.map((e, i) => [i, e] as const))('example %i', (_, example) => {
    expect(runExample(unicode, example)).toBe(example.output)
  })

  it('validates its options', () => {
    expect(() => unicode.validate!({ ...unicode.defaults, form: 'NFD' as never })).toThrow(RangeError)
    expect(() => unicode.validate!({ ...unicode.defaults, form: 'NFD' as never })).toThrow(
      "Unexpected normalization form 'NFD', expected 'NFC', 'NFKC' or false",
    )
    expect(() => unicode.validate!({ ...unicode.defaults, controls: 'yes' as never })).toThrow(TypeError)
    expect(() => unicode.validate!({ ...unicode.defaults, form: false })).not.toThrow()
  })

  it('cleans a line and explains each change', () => {
    expect(runLine(unicode, '\uFEFFHello\u200B wor\u00ADld\u0007')).toBe('Hello world')
    expect(compile(unicode)('a\u00A0b')).toBeNull() // spaces belong to the whitespace cleaner by default
    expect(compile(unicode, { spaces: true })('a\u00A0b')).toEqual([
      { start: 1, end: 2, text: ' ', reason: 'Unexpected no-break space `<U+00A0>`, expected a space' },
    ])
  })

  it('returns null for ASCII lines and clean lines', () => {
    const fn = compile(unicode)
    expect(fn('Plain ASCII with a\ttab')).toBeNull()
    for (const line of goldLines()) if (!line.includes('\u00a0')) expect(fn(line)).toBeNull()
  })

  it('output is NFC and the cleaner is idempotent, on arbitrary Unicode with lone surrogates and NUL', () => {
    const fn = compile(unicode)
    const text = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: fc.constantFrom('e', '\u0301', '\u0000', '\ud800', '\udfff', '\u200b', '\u200d', '👩', '\u00a0', 'ﬁ', '\ufeff', '\u202e', 'ש', ' ') }),
    )
    fc.assert(
      fc.property(text, (line) => {
        const once = applyEdits(line, fn(line))
        expect(once.normalize('NFC')).toBe(once)
        expect(fn(once)).toBeNull()
      }),
      { numRuns: 3000 },
    )
  })
})
