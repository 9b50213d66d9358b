import { describe, expect, it } from 'vitest'
import { classifyLines } from '../../src/classifier/index.js'
import { bagF1, evalDoc, evalIds, isHeldOut, readLines, tokenize } from './helpers.js'

/** Held-out slice: the odd ids of corpus/eval (the shipped weights were fitted on even ids). */
const heldOut = evalIds().filter(isHeldOut)

function clean(text: string): string {
  const lines = readLines(text)
  const res = classifyLines(lines)
  return lines.filter((_, i) => res.verdicts[i]!.keep).map(l => l.text).join('\n\n')
}

function mean(variant: 'naive' | 'light'): { p: number; r: number; f: number } {
  const s = { p: 0, r: 0, f: 0 }
  for (const id of heldOut) {
    const m = bagF1(clean(evalDoc(variant, id)), evalDoc('gold', id))
    s.p += m.p; s.r += m.r; s.f += m.f
  }
  return { p: s.p / heldOut.length, r: s.r / heldOut.length, f: s.f / heldOut.length }
}

describe('held-out eval slice (WCXB dev, odd ids)', () => {
  it('has enough documents', () => {
    expect(heldOut.length).toBeGreaterThanOrEqual(20)
  })
  it('cleans naive scrapes far better than no cleaning', () => {
    const none = heldOut.reduce((a, id) => a + bagF1(evalDoc('naive', id), evalDoc('gold', id)).f, 0) / heldOut.length
    const m = mean('naive')
    expect(m.f).toBeGreaterThan(none + 0.05)
    expect(m.f).toBeGreaterThan(0.88)
    expect(m.r).toBeGreaterThan(0.93)
  })
  it('does not make light scrapes worse', () => {
    const none = heldOut.reduce((a, id) => a + bagF1(evalDoc('light', id), evalDoc('gold', id)).f, 0) / heldOut.length
    expect(mean('light').f).toBeGreaterThan(none)
  })
  it('keeps clean articles: gold texts as input keep >= 99% of their tokens', () => {
    let kept = 0, total = 0
    for (const id of evalIds()) {
      const gold = evalDoc('gold', id)
      kept += tokenize(clean(gold)).length
      total += tokenize(gold).length
    }
    expect(kept / total).toBeGreaterThanOrEqual(0.99)
  })
})
