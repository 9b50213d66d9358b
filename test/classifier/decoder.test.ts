import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { decode, type DecoderParams } from '../../src/classifier/decoder.js'

const P: DecoderParams = { outCost: 2, inCost: 2, longGapCost: 0, shortGap: 3, startCost: 0 }
const bits = (k: Uint8Array): string => Array.from(k).join('')

describe('decode', () => {
  it('keeps a doubtful short block between article paragraphs', () => {
    expect(bits(decode([5, 5, -1, 5, 5], P))).toBe('11111')
  })
  it('drops a lone positive block inside a run of menu lines', () => {
    expect(bits(decode([-3, -3, 1, -3, -3], P))).toBe('00000')
  })
  it('keeps a clearly positive block even among negatives', () => {
    expect(bits(decode([-3, -3, 9, -3, -3], P))).toBe('00100')
  })
  it('is a per-line threshold when switching is free', () => {
    const free = { ...P, outCost: 0, inCost: 0 }
    expect(bits(decode([1, -1, 2, -0.5, 0.5], free))).toBe('10101')
  })
  it('makes coming back after a long gap expensive', () => {
    const e = [6, 6, -1, -1, -1, -1, -1, 3, -3]
    expect(bits(decode(e, { ...P, outCost: 1, inCost: 1, longGapCost: 0 }))).toBe('110000010')
    expect(bits(decode(e, { ...P, outCost: 1, inCost: 1, longGapCost: 5 }))).toBe('110000000')
  })
  it('handles empty and single-line input', () => {
    expect(decode([], P).length).toBe(0)
    expect(bits(decode([1], P))).toBe('1')
    expect(bits(decode([-1], P))).toBe('0')
  })
  it('finds the best labelling (brute force on short sequences)', () => {
    /** Total score of a labelling under the decoder's automaton. */
    const total = (e: number[], k: number[], p: DecoderParams): number => {
      let sum = 0, seen = false, gap = 0
      for (let i = 0; i < e.length; i++) {
        if (k[i]) {
          if (!seen) sum -= p.startCost
          else if (!k[i - 1]) sum -= p.inCost + (gap > p.shortGap ? p.longGapCost : 0)
          sum += e[i]!
          seen = true
          gap = 0
        } else {
          if (i > 0 && k[i - 1]) sum -= p.outCost
          if (seen) gap++
        }
      }
      return sum
    }
    fc.assert(fc.property(
      fc.array(fc.integer({ min: -6, max: 6 }), { minLength: 1, maxLength: 9 }),
      fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 3 }),
      (e, longGapCost, startCost, shortGap) => {
        const p = { ...P, longGapCost, startCost, shortGap }
        let best = -Infinity
        for (let m = 0; m < 1 << e.length; m++) best = Math.max(best, total(e, e.map((_, i) => (m >> i) & 1), p))
        expect(total(e, Array.from(decode(e, p)), p)).toBeCloseTo(best, 9)
      }), { numRuns: 300 })
  })
})
