/**
 * The exact speed-ups of lineStats and documentFeatures: each prefilter must pass every line its
 * regex matches (prefilter-then-regex equals the regex alone), COPYRIGHT_FAST must match the
 * same lines as COPYRIGHT, and the term ids of the cached path must give the features of the
 * uncached one. Each property is also run on a deliberately wrong variant, to show the inputs
 * are strong enough to catch a mistake.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  COPYRIGHT, COPYRIGHT_FAST, createStatsCache, FEATURE_NAMES, N_FEATURES, type DocumentFeatures, documentFeatures, maybeTime, maybeUrl, TIME, TIME_WORD, URL_LIKE,
} from '../../src/classifier/features.js'
import { functionWordSet } from '../../src/data/function-words.js'

const ROOT = join(import.meta.dirname, '..', '..')
const RAW = join(ROOT, 'corpus/raw')
/** Footer lines of the kind the cues are for (the corpus pages have few). */
const FOOTERS = [
  '© 2024 Example Media Ltd. All rights reserved.', 'Copyright (c) 2019 The Daily', 'Terms of Use | Privacy Policy | Cookie settings',
  'We use cookies to improve your experience.', 'Contact us at news@example.co.uk or visit www.example.com', 'Posted 3 hours ago',
  'Updated: 10:45 am, Yesterday', 'Read more at https://example.org/a/b', 'Terms and Conditions apply', 'copyright',
]
/** The lines of the corpus pages, lower-cased as lineStats tests them. */
const corpusLines = readdirSync(RAW).filter((f) => f.endsWith('.txt'))
  .flatMap((f) => readFileSync(join(RAW, f), 'utf8').split('\n')).concat(FOOTERS).map((l) => l.trim().toLowerCase()).filter(Boolean)

/** Pieces the cue patterns are made of, with separators and characters around them. */
const PIECES = [
  '©', '(c)', '(c) 2024', 'copyright', 'all rights reserved', 'terms of use', 'terms and conditions', 'terms of service',
  'privacy policy', 'cookie', 'cookies', 'we use cookies', 'cookie policy', 'cookie dough', 'accept all cookies', 'website', 'settings', 'http://', 'https://', 'www.', 'www', '@', 'a@b.c', 'x.com', '.org', '.net', '.io', '.co',
  '.gov', '.edu', '.e', '.i', '.g', 'example', '12:30', '9:05 pm', '3 days ago', '5 min ago', '2h ago', 'yesterday', 'today',
  'day', 'ago', ':', '.', '/', '-', '_', ' ', '  ', '\u00a0', 'é', 'x', '1', '2024', 'years', 'reserved', 'policy', 'terms',
]
const piecewise = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })), { maxLength: 12 }).map((a) => a.join(''))
const anyLine = fc.oneof(piecewise, fc.string(), fc.string({ unit: 'binary', maxLength: 40 }).map((s) => s.toLowerCase()))

/** Whether `pre(s) && re.test(s)` equals `re.test(s)` on arbitrary and corpus lines. */
function holds(pre: (s: string) => boolean, re: RegExp): boolean {
  for (const l of corpusLines) if ((pre(l) && re.test(l)) !== re.test(l)) return false
  const r = fc.check(fc.property(anyLine, (s) => (pre(s) && re.test(s)) === re.test(s)), { numRuns: 3000, seed: 7 })
  return !r.failed
}

describe('cue prefilters', () => {
  it('maybeUrl passes every line URL_LIKE matches', () => {
    expect(corpusLines.filter((l) => URL_LIKE.test(l)).length).toBeGreaterThan(0)
    expect(holds(maybeUrl, URL_LIKE)).toBe(true)
    // without "www." (a www. before a dot and an other letter) the prefilter would be wrong
    expect(holds((s) => maybeUrl(s.replaceAll('www.', 'xxx.')), URL_LIKE)).toBe(false)
  })
  it('maybeTime passes every line TIME matches, and "day" every line TIME_WORD matches', () => {
    expect(holds(maybeTime, TIME)).toBe(true)
    expect(holds((s) => s.includes('day'), TIME_WORD)).toBe(true)
    expect(holds((s) => s.includes(':') || s.includes('day'), TIME)).toBe(false)
  })
  it('COPYRIGHT_FAST matches the lines COPYRIGHT matches', () => {
    expect(corpusLines.filter((l) => COPYRIGHT.test(l)).length).toBeGreaterThan(0)
    const same = (a: RegExp, b: RegExp): boolean => holds((s) => a.test(s), b) && holds((s) => b.test(s), a)
    expect(same(COPYRIGHT_FAST, COPYRIGHT)).toBe(true)
    // a wrong factoring (the \b after "copyright" dropped) is caught
    expect(same(new RegExp(COPYRIGHT_FAST.source.replace('copyright\\b', 'copyright')), COPYRIGHT)).toBe(false)
  })
})

/**
 * The lexical-cohesion columns as documentFeatures computed them before term ids (document
 * frequencies in maps of the terms' strings), from its own line statistics and region.
 */
function referenceOverlap(d: DocumentFeatures): number[] {
  const { stats, region: [a, b] } = d
  const proseLike = (i: number): boolean => { const s = stats[i]!; return s.prose || (s.words >= 10 && s.fw / Math.max(1, s.words) > 0.15) }
  const prose = new Map<string, number>(), inRegion = new Map<string, number>()
  let proseLikeLines = 0
  stats.forEach((s, i) => {
    if (!proseLike(i)) return
    proseLikeLines++
    for (const t of s.terms) {
      prose.set(t, (prose.get(t) ?? 0) + 1)
      if (i >= a && i <= b) inRegion.set(t, (inRegion.get(t) ?? 0) + 1)
    }
  })
  const overlap = (i: number, df: Map<string, number>, self: boolean): number => {
    const terms = stats[i]!.terms
    if (!terms.length || self || proseLikeLines < 4) return -1
    return terms.filter((t) => (df.get(t) ?? 0) > 0).length / terms.length
  }
  return stats.flatMap((_, i) => [overlap(i, prose, proseLike(i)), overlap(i, inRegion, proseLike(i) && i >= a && i <= b)])
}
const TOPIC = FEATURE_NAMES.indexOf('topicOverlap'), REGION = FEATURE_NAMES.indexOf('regionOverlap')
const overlapColumns = (d: DocumentFeatures): number[] => d.stats.flatMap((_, i) => [d.matrix[i * N_FEATURES + TOPIC]!, d.matrix[i * N_FEATURES + REGION]!])

const REPEAT_COLUMNS = ['repeats', 'laterRepeat', 'headRepeats', 'tailRepeats'].map((c) => FEATURE_NAMES.indexOf(c as never))
const repeatColumns = (d: DocumentFeatures): number[] => d.stats.flatMap((_, i) => REPEAT_COLUMNS.map((c) => d.matrix[i * N_FEATURES + c]!))
/** The repeat and template columns counted from the lines' strings, with maps (as before line ids). */
function referenceRepeats(d: DocumentFeatures): number[] {
  const tally = (keys: string[]) => { const m = new Map<string, number>(); for (const k of keys) if (k) m.set(k, (m.get(k) ?? 0) + 1); return m }
  const lower = tally(d.stats.map((s) => s.lower)), heads = tally(d.stats.map((s) => s.head)), tails = tally(d.stats.map((s) => s.tail))
  return d.stats.flatMap((s, i) => [
    lower.get(s.lower)! - 1,
    d.stats.slice(i + 1).some((t) => t.lower === s.lower) ? 1 : 0,
    s.head ? Math.log(heads.get(s.head)!) : 0,
    s.tail ? Math.log(tails.get(s.tail)!) : 0,
  ])
}

describe('term and line ids of the statistics cache', () => {
  const en = functionWordSet('en')
  const pages = readdirSync(RAW).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(RAW, f), 'utf8'))
  const toLines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean).map((text, i) => ({ text, gapBefore: i % 3 === 0 }))
  it('give the same features as a fresh count, round after round', () => {
    for (const page of pages) {
      const lines = toLines(page)
      const cache = createStatsCache()
      // rounds over the page as the pipeline sees it: whole, then with lines dropped, then whole again
      const rounds = [lines, lines.filter((_, i) => i % 4 !== 1), lines.slice(5), lines]
      for (const round of rounds) {
        const a = documentFeatures(round, en, cache)
        const b = documentFeatures(round, en)
        expect(Array.from(a.matrix)).toEqual(Array.from(b.matrix))
        expect(a.region).toEqual(b.region)
        expect(overlapColumns(a)).toEqual(referenceOverlap(a))
        expect(repeatColumns(a)).toEqual(referenceRepeats(a))
      }
    }
  })
  it('hold on arbitrary pages made of repeated words', () => {
    const word = fc.constantFrom('the', 'river', 'bridge', 'council', 'voted', 'engineers', 'and', 'of', 'repairs', 'ferry', 'Home', 'News', '2024', 'cookies', 'x')
    const line = fc.array(word, { minLength: 1, maxLength: 16 }).map((w) => w.join(' ') + (w.length > 8 ? '.' : ''))
    fc.assert(fc.property(fc.array(line, { minLength: 1, maxLength: 30 }), fc.array(fc.boolean(), { maxLength: 30 }), (texts, drop) => {
      const lines = texts.map((text, i) => ({ text, gapBefore: i === 0 }))
      const cache = createStatsCache()
      for (const round of [lines, lines.filter((_, i) => !drop[i]), lines]) {
        if (!round.length) continue
        const a = documentFeatures(round, en, cache)
        expect(Array.from(a.matrix)).toEqual(Array.from(documentFeatures(round, en).matrix))
        expect(overlapColumns(a)).toEqual(referenceOverlap(a))
        expect(repeatColumns(a)).toEqual(referenceRepeats(a))
      }
    }), { numRuns: 300, seed: 11 })
  })
})
