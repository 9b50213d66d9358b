// splitLines copies each line out of the page (flatSlice) instead of taking a slice of it: the
// copies must be the slices, code unit for code unit.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { flatSlice, splitLines } from '../src/model.js'

describe('flatSlice', () => {
  it('equals text.slice(start, end) for every range, lone surrogates included', () => {
    const text = 'ab\u{1F600}cd\ud800\u00e9fghijklmnopqrstu\u2028vwxyz\udc00\u{20000}'
    for (let s = 0; s <= text.length; s++) for (let e = s; e <= text.length; e++) expect(flatSlice(text, s, e)).toBe(text.slice(s, e))
  })

  it('equals text.slice on any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 80 }), fc.nat(), fc.nat(), (text, a, b) => {
      const s = a % (text.length + 1)
      const e = s + (b % (text.length - s + 1))
      expect(flatSlice(text, s, e)).toBe(text.slice(s, e))
    }))
  })
})

describe('splitLines', () => {
  it('gives every line the text between its offsets', () => {
    const text = 'short\nA line long enough to be copied out of the page\r\n\n  \u00e9t\u00e9 \u{1F600} and more than thirteen\u2029last'
    const lines = splitLines(text)
    expect(lines.map((l) => l.text)).toEqual(['short', 'A line long enough to be copied out of the page', '', '  \u00e9t\u00e9 \u{1F600} and more than thirteen', 'last'])
    for (const l of lines) { expect(l.raw).toBe(text.slice(l.start, l.end)); expect(l.text).toBe(l.raw) }
  })
})
