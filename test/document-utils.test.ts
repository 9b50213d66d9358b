import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { firstAfter } from '../src/document-utils.js'

describe('firstAfter', () => {
  it('finds the first element greater than x in an ascending list', () => {
    expect(firstAfter([2, 4, 4, 9], 4)).toBe(3)
    expect(firstAfter([2, 4, 4, 9], 1)).toBe(0)
    expect(firstAfter([2, 4, 4, 9], 9)).toBe(4)
    expect(firstAfter([], 0)).toBe(0)
  })

  it('agrees with a linear scan (property)', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (xs, x) => {
      const list = [...xs].sort((a, b) => a - b)
      const linear = list.findIndex((v) => v > x)
      expect(firstAfter(list, x)).toBe(linear < 0 ? list.length : linear)
    }), { numRuns: 500 })
  })
})
