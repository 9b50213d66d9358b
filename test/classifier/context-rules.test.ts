/**
 * The context rules after decoding (applyContextRules) visit only the lines whose window changed
 * since a rule last read them. They must give exactly what repeating full sweeps gives: the
 * reference below is the plain loop (every rule over every line, pass after pass, until a pass
 * adds nothing), as it was before the sweeps were made change-driven.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyContextRules, CONFIDENT_CHROME, type Prepared } from '../../src/classifier/classify.js'
import type { LineStats } from '../../src/classifier/features.js'

const CONTINUATION_MIN = -1.5
const BRIDGE_LINES = 1
const BRIDGE_MIN = -1.5
const INTRO_LINES = 20

function isHeading(s: LineStats, minWords = 2): boolean {
  return s.words >= minWords && s.words <= 20 && !s.endsSentence && !s.navCue && !s.copyright && !s.commentCue &&
    !s.relatedCue && !s.date && !s.time && !s.urlLike && !s.byline && s.letters > s.chars * 0.6
}

/** The full-sweep loop; returns the number of passes. */
function reference(st: readonly LineStats[], keep: Uint8Array, scores: Float64Array, bias: number): number {
  const n = st.length
  const count = (): number => keep.reduce((a, b) => a + b, 0)
  const continues = (i: number): boolean => st[i]!.prose && scores[i]! + bias > CONTINUATION_MIN
  const bridge = (i: number): boolean => !st[i]!.prose && scores[i]! + bias > BRIDGE_MIN
  let pass = 0
  for (; pass <= n; pass++) {
    const before = count()
    for (let i = n - 2; i >= 0; i--) {
      if (keep[i] || !keep[i + 1]) continue
      const s = st[i]!
      const next = st[i + 1]!
      const listBelow = i + 2 < n && keep[i + 2] === 1 && next.words > 0 && s.words <= 6 &&
        (next.listMarker || (next.short && st[i + 2]!.short)) && (s.endsColon || s.words <= 3)
      if ((next.prose || next.words >= 12) ? isHeading(s) : listBelow && isHeading(s, 1)) keep[i] = 1
    }
    for (const dir of [1, -1]) {
      for (let i = dir > 0 ? 0 : n - 1; i >= 0 && i < n; i += dir) {
        if (!keep[i]) continue
        let j = i + dir
        let bridged = 0
        while (j >= 0 && j < n && !keep[j] && !continues(j) && bridged < BRIDGE_LINES && bridge(j)) { j += dir; bridged++ }
        if (j < 0 || j >= n || keep[j] || !continues(j)) continue
        for (let k = i + dir; k !== j + dir; k += dir) keep[k] = 1
      }
    }
    for (let i = 0; i < n - 2; i++) {
      if (!keep[i] || !st[i]!.endsColon) continue
      let j = i + 1
      while (j < n && j - i - 1 < INTRO_LINES && !st[j]!.prose && scores[j]! + bias > CONFIDENT_CHROME) j++
      if (j >= n || !st[j]!.prose || !keep[j]) continue
      for (let k = i + 1; k < j; k++) keep[k] = 1
      i = j - 1
    }
    if (count() === before) break
  }
  return pass + 1
}

/** A line of one of a few kinds, so that headings, bridges, announcers and prose meet often. */
const KINDS: Array<Partial<LineStats>> = [
  { words: 25, chars: 140, letters: 110, prose: true, endsSentence: true }, // prose
  { words: 6, chars: 40, letters: 34, capWords: 6 }, // heading
  { words: 2, chars: 12, letters: 11, short: true }, // short heading / list item
  { words: 3, chars: 14, letters: 10, short: true, listMarker: true }, // list item
  { words: 4, chars: 24, letters: 20, endsColon: true }, // announcer
  { words: 14, chars: 90, letters: 70, endsColon: true, prose: true }, // prose announcer
  { words: 3, chars: 18, letters: 15, navCue: true, short: true }, // menu line
  { words: 0, chars: 0, letters: 0 }, // empty
]

const line = (kind: number): LineStats => ({
  words: 0, chars: 0, fw: 0, capWords: 0, letters: 0, upper: 0, digits: 0, symbols: 0, sentences: 0,
  endsSentence: false, endsColon: false, endsEllipsis: false, listMarker: false, startsLower: false,
  date: false, time: false, commentCue: false, byline: false, copyright: false, navCue: false,
  relatedCue: false, codeLike: false, commentStart: false, endMarker: false, urlLike: false,
  separators: 0, prose: false, short: false, terms: [], lower: '', head: '', tail: '',
  ...KINDS[kind],
})

const prepOf = (st: LineStats[]): Prepared =>
  ({ lines: st.map((_, i) => ({ text: `line ${i}` })), language: 'en', features: { stats: st } } as unknown as Prepared)

/** keepHeadline runs after the rules in both: apply it to the reference result too. */
function both(kinds: number[], kept: boolean[], sc: number[], bias: number): { got: number[]; want: number[]; passes: number; gotPasses: number } {
  const st = kinds.map(line)
  const scores = Float64Array.from(sc)
  const a = Uint8Array.from(kept, Number)
  const b = Uint8Array.from(kept, Number)
  const gotPasses = applyContextRules(prepOf(st), a, scores, bias)
  const passes = reference(st, b, scores, bias)
  // headline: the new function applies it; apply it to the reference through a run with no rules to add
  applyContextRules(prepOf(st), b, scores, bias)
  return { got: [...a], want: [...b], passes, gotPasses }
}

describe('applyContextRules (change-driven sweeps)', () => {
  it('keeps what the full-sweep loop keeps, on generated documents', () => {
    let long = 0
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 80 }).chain((n) => fc.tuple(
        fc.array(fc.integer({ min: 0, max: KINDS.length - 1 }), { minLength: n, maxLength: n }),
        fc.array(fc.integer({ min: 0, max: 9 }).map((x) => x === 0), { minLength: n, maxLength: n }),
        fc.array(fc.constantFrom(-5, -3.5, -2, -1, 0.5, 2), { minLength: n, maxLength: n }),
        fc.constantFrom(0, -0.5, 0.5),
      )),
      ([kinds, kept, sc, bias]) => {
        const { got, want, passes, gotPasses } = both(kinds, kept, sc, bias)
        expect(got).toEqual(want)
        expect(gotPasses).toBe(passes)
        if (passes > 2) long++
      },
    ), { numRuns: 3000 })
    // the generator must reach documents where a pass enables the next one
    expect(long).toBeGreaterThan(100)
  })

  it('keeps what the full-sweep loop keeps when one unit is added per pass', () => {
    // share line (bridge), headline, teaser (prose), repeated; only the last prose line is kept
    const k = 300
    const kinds: number[] = []
    for (let i = 0; i < k; i++) kinds.push(2, 1, 0)
    kinds.push(0, 0)
    const sc = kinds.map((t) => (t === 0 ? 0.5 : -1))
    const kept = kinds.map((_, i) => i >= kinds.length - 2)
    const { got, want, passes, gotPasses } = both(kinds, kept, sc, 0)
    expect(passes).toBeGreaterThan(k / 2)
    expect(gotPasses).toBe(passes)
    expect(got).toEqual(want)
    expect(got.filter(Boolean).length).toBeGreaterThan(2 * k)
  })
})
