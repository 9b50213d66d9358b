import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { BULLET_MARKERS, bulletEdits, fixBullets } from '../../src/normalise/bullets.js'
import { applyEdits, goldLines } from '../helpers/apply-edits.js'

function fix(text: string, options = {}): string {
  return applyEdits(text, bulletEdits(text, options))
}

describe('bullets', () => {
  it('puts every bullet in one style', () => {
    expect(fix('• one')).toBe('- one')
    expect(fix('*   two')).toBe('- two')
    expect(fix('▪three')).toBe('- three')
    expect(fix('  ◦ indented')).toBe('  - indented')
    expect(fix('- four', { marker: '•' })).toBe('• four')
    expect(bulletEdits('- already')).toBeNull()
  })

  it('leaves dialogue dashes, separators, numbers and words alone', () => {
    for (const text of ['— Bonjour, dit-il.', '– Hola', '* * *', '- - -', '-5 degrees', '*emphasis*', '•', 'Text • with bullets inside']) {
      expect(bulletEdits(text), text).toBeNull()
    }
    expect(fix('— Bonjour', { dashes: true })).toBe('- Bonjour')
  })

  it('reports the change', () => {
    expect(bulletEdits('• one')).toEqual([{ start: 0, end: 2, text: '- ', reason: 'Unexpected bullet `•`, expected `-`' }])
  })

  it('fixes whole texts and leaves the gold corpus as it is', () => {
    expect(fixBullets('• a\n* b')).toBe('- a\n- b')
    for (const line of goldLines()) expect(bulletEdits(line)).toBeNull()
  })
})

describe('properties', () => {
  it('is idempotent for every marker', () => {
    const line = fc.string({ unit: fc.constantFrom(' ', '\t', '-', '*', '•', '▪', '–', '—', 'a', 'B', '1', '·'), maxLength: 10 })
    fc.assert(
      fc.property(line, fc.constantFrom(...BULLET_MARKERS), fc.boolean(), (text, marker, dashes) => {
        const once = fix(text, { marker, dashes })
        expect(fix(once, { marker, dashes })).toBe(once)
      }),
      { numRuns: 5000 },
    )
  })

  it('does not crash on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => void fix(text)), { numRuns: 1000 })
  })
})
