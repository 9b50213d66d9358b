/** Shared patterns (src/patterns.ts): the code-unit test for horizontal white space. */
import { describe, expect, it } from 'vitest'
import { HSPACE_CLASS, isHSpace } from '../src/patterns.js'

describe('isHSpace', () => {
  it('agrees with HSPACE_CLASS on every BMP code unit', () => {
    const re = new RegExp(`^${HSPACE_CLASS}$`, 'u')
    const differ: number[] = []
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue
      if (isHSpace(c) !== re.test(String.fromCharCode(c))) differ.push(c)
    }
    expect(differ).toEqual([])
  })
})
