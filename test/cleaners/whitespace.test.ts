/**
 * The whitespace cleaner against its regex formulation (a trailing run as `[…]+$`, which is
 * quadratic in the length of a run of spaces inside a line), on generated lines.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { whitespace } from '../../src/cleaners/whitespace.js'
import { HSPACE_CLASS } from '../../src/patterns.js'
import { clean } from '../../src/index.js'

const LEAD = new RegExp(`^${HSPACE_CLASS}+`, 'u')
const TRAIL = new RegExp(`${HSPACE_CLASS}+$`, 'u')
const INNER = new RegExp(`${HSPACE_CLASS}{2,}|(?! )${HSPACE_CLASS}`, 'gu')
const INNER_SINGLE = new RegExp(`(?! )${HSPACE_CLASS}`, 'gu')

/** The edits as the regexes find them: leading run, inner runs, trailing run. */
function reference(text: string, collapse: boolean): Array<{ start: number; end: number; text: string }> | null {
  const edits: Array<{ start: number; end: number; text: string }> = []
  const lead = LEAD.exec(text)
  const leadEnd = lead ? lead[0].length : 0
  if (lead) edits.push({ start: 0, end: leadEnd, text: '' })
  const trail = TRAIL.exec(text)
  const trailStart = trail && trail.index >= leadEnd ? trail.index : text.length
  for (const m of text.slice(0, trailStart).matchAll(collapse ? INNER : INNER_SINGLE)) {
    if (m.index < leadEnd) continue
    edits.push({ start: m.index, end: m.index + m[0].length, text: ' ' })
  }
  if (trail && trail.index >= leadEnd && trailStart < text.length) edits.push({ start: trailStart, end: text.length, text: '' })
  return edits.length ? edits : null
}

describe('whitespace', () => {
  const unit = fc.constantFrom(' ', ' ', '\t', '\u00a0', '\u2009', '\u3000', '\f', 'a', 'B', '.', '-')
  for (const collapse of [true, false]) {
    it(`finds the runs the regexes find (collapse: ${collapse})`, () => {
      const rule = whitespace.compile({ collapse }, { languages: [] })
      fc.assert(fc.property(fc.array(unit, { maxLength: 40 }).map((u) => u.join('')), (text) => {
        const got = rule(text)?.map(({ start, end, text }) => ({ start, end, text })) ?? null
        expect(got).toEqual(reference(text, collapse))
      }), { numRuns: 3000, seed: 7 })
    })
  }
  it('trims a long run of spaces inside and at the end of a line', () => {
    const line = 'a' + ' '.repeat(5000) + 'b' + '\t'.repeat(5000)
    expect(clean(line)).toBe('a b\n')
  })
})
