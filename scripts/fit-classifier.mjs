#!/usr/bin/env node
// Fits the boilerplate line classifier of src/classifier on the WCXB dev split and writes
// src/classifier/weights.ts.
//
//   node scripts/fit-classifier.mjs [--eval DIR] [--all] [--rounds N] [--depth N] [--lr X] [--min-leaf N]
//     [--col-sample X] [--max-bins N] [--subsample X] [--seed N] [--drop-features A,B] [--no-write] [--out FILE] [--no-augment] [--w-pass W] [--w-gold W] [--w-light W] [--obj-light W]
//
// Guard against over-fitting: by default the model is fitted on the documents with an EVEN id
// number (naive and light variants) and scored on the ODD ids, which it never saw. The shipped
// weights are fitted the same way (even ids only), so the odd half stays a fair held-out test.
// `--all` fits on every document instead (then no held-out score is printed).
//
// Labels: a line is article text when its token sequence occurs in the gold text (long lines
// anywhere, in page order; short lines only right after the previous matched line), so
// repeated copies beyond the gold's own count are labelled noise.
import { build } from 'esbuild'
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { fitGbdt, predictRaw } from './gbdt.mjs'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt }
const EVAL = opt('--eval', process.env.UNSCRAPE_EVAL ?? '/work/shared/eval')
const ALL = args.includes('--all')
const WRITE = !args.includes('--no-write')
const ROUNDS = Number(opt('--rounds', 200))
const DEPTH = Number(opt('--depth', 5))
// Stage 2 (context of stage-1 scores) is optional: on the held-out half it did not beat stage 1
// plus the decoder, so the shipped weights leave it empty unless --stage2 is given.
const STAGE2 = args.includes('--stage2')

// ---- bundle the TypeScript classifier (features, language, decoder) ----
// (UNSCRAPE_FIT_CACHE: another file for the bundle, so that fits running side by side, or
// worktrees sharing one node_modules, do not overwrite each other's bundle)
const out = process.env.UNSCRAPE_FIT_CACHE ?? join(ROOT, 'node_modules', '.cache', 'unscrape-fit', 'classifier.mjs')
await build({ entryPoints: [join(ROOT, 'src/classifier/internals.ts')], bundle: true, format: 'esm', platform: 'neutral', outfile: out, logLevel: 'error' })
const C = await import(pathToFileURL(out).href + '?t=' + Date.now())
const { tokenize } = await import(pathToFileURL(join(EVAL, 'lib', 'metric.mjs')).href)

// ---- data ----
export function readLines(text) {
  const raw = text.split(/\r\n|\r|\n|\u2028|\u2029/)
  const lines = []
  let gap = false
  for (const r of raw) {
    const t = r.replace(/[\s\u00a0]+/g, ' ').trim()
    if (!t) { gap = true; continue }
    lines.push({ text: t, gapBefore: gap })
    gap = false
  }
  return lines
}

function labelLines(lineTokens, goldTokens) {
  const G = ' ' + goldTokens.join(' ') + ' '
  const used = new Map()
  const occurrences = s => { let c = 0, p = -1; while ((p = G.indexOf(s, p + 1)) >= 0 && c < 50) c++; return c }
  let cursor = 0
  return lineTokens.map(toks => {
    if (!toks.length) return 0
    const s = ' ' + toks.join(' ') + ' '
    if (toks.length >= 4) {
      const u = used.get(s) ?? 0
      if (u >= occurrences(s)) return 0
      let pos = G.indexOf(s, Math.max(0, cursor - 1))
      if (pos < 0) pos = G.indexOf(s)
      if (pos < 0) return 0
      used.set(s, u + 1)
      cursor = pos + s.length - 1
      return 1
    }
    const pos = G.indexOf(s, Math.max(0, cursor - 1))
    if (pos >= 0 && pos - cursor <= 3) { cursor = pos + s.length - 1; return 1 }
    return 0
  })
}

const ids = readdirSync(join(EVAL, 'dev', 'gold')).filter(f => f.endsWith('.txt')).map(f => f.slice(0, -4)).sort()
const isTrain = id => ALL || Number(id.match(/(\d+)$/)[1]) % 2 === 0

// What the classifier sees in the pipeline: round 0 gets every line of the page (naive, light);
// later rounds get only the lines still kept, a blank line between each (what `clean()` of the
// output sees too, so fitting on it is what makes clean(clean(x)) keep what clean(x) kept); and
// an already extracted article (the gold text as input) must come through whole. The kept lines
// of a first pass come from the pipeline as built in dist/ (the previous weights), or from the
// build named by UNSCRAPE_AUGMENT_DIST (a path to its index.js).
const AUGMENT = !args.includes('--no-augment')
let cleanText = null
if (AUGMENT) {
  const { createCleaner } = await import(pathToFileURL(process.env.UNSCRAPE_AUGMENT_DIST ?? join(ROOT, 'dist', 'index.js')).href + '?t=' + Date.now())
  const c = createCleaner({})
  cleanText = t => c.clean(t)
}
/** Weight of a document of each variant in the fit (every document's lines sum to this; --w-light scales both light views). */
const W_LIGHT = Number(opt('--w-light', 1))
const VARIANT_WEIGHT = { naive: 1, light: W_LIGHT, naive1: Number(opt('--w-pass', 0.7)), light1: Number(opt('--w-pass', 0.7)) * 0.7 * W_LIGHT, gold: Number(opt('--w-gold', 0.7)) }

function loadDocs(variant) {
  return ids.map(id => {
    const gold = readFileSync(join(EVAL, 'dev', 'gold', id + '.txt'), 'utf8')
    const text = variant === 'gold' ? gold
      : variant.endsWith('1') ? cleanText(readFileSync(join(EVAL, 'dev', variant.slice(0, -1), id + '.txt'), 'utf8'))
      : readFileSync(join(EVAL, 'dev', variant, id + '.txt'), 'utf8')
    const lines = readLines(text)
    const prep = C.prepare(lines, {})
    const lineTokens = lines.map(l => tokenize(l.text))
    const goldTokens = tokenize(gold)
    const labels = variant === 'gold' ? lineTokens.map(t => (t.length ? 1 : 0)) : labelLines(lineTokens, goldTokens)
    const goldCounts = new Map()
    for (const t of goldTokens) goldCounts.set(t, (goldCounts.get(t) ?? 0) + 1)
    return { id, variant, lines, prep, lineTokens, goldTokens, goldCounts, labels }
  })
}

const t0 = Date.now()
const docs = { naive: loadDocs('naive'), light: loadDocs('light') }
if (AUGMENT) for (const v of ['naive1', 'light1', 'gold']) docs[v] = loadDocs(v)
const ALL_DOCS = Object.values(docs).flat()
// --drop-features a,b: hold these columns constant, so that no tree can split on them (to
// measure what a feature is worth; the shipped trees then never read it)
const DROP = (opt('--drop-features', '') || '').split(',').filter(Boolean).map(name => {
  const k = C.FEATURE_NAMES.indexOf(name)
  if (k < 0) throw new Error(`unknown feature ${name}`)
  return k
})
if (DROP.length) for (const d of ALL_DOCS) for (let i = 0; i < d.lines.length; i++) for (const k of DROP) d.prep.features.matrix[i * C.N_FEATURES + k] = 0
console.error(`loaded ${ids.length} docs x${Object.keys(docs).length} in ${Date.now() - t0} ms`)
const F = C.N_FEATURES
const DEFAULT_DECODER = { outCost: 1, inCost: 1, longGapCost: 0, shortGap: 3, startCost: 0, sizeExponent: 0.5 }
const PRECISION_OFFSET = 1.5, RECALL_OFFSET = -1
const DEFAULT_PRESETS = { precision: PRECISION_OFFSET, balanced: 0, recall: RECALL_OFFSET }

function stack(list, cols, key) {
  let n = 0
  for (const d of list) n += d.lines.length
  const X = new Float64Array(n * cols), y = new Uint8Array(n), w = new Float64Array(n)
  let k = 0
  for (const d of list) {
    X.set(key(d), k * cols)
    const docTok = d.lineTokens.reduce((a, t) => a + t.length + 0.5, 0) + 20
    const dw = VARIANT_WEIGHT[d.variant] ?? 1
    d.lines.forEach((_, i) => {
      y[k] = d.labels[i]
      // token-weighted within the document, every document of a variant weighs the same in total
      w[k] = (dw * (d.lineTokens[i].length + 0.5)) / docTok
      k++
    })
  }
  let sw = 0; for (let i = 0; i < n; i++) sw += w[i]
  for (let i = 0; i < n; i++) w[i] *= n / sw
  return { X, y, w, n }
}

// ---- fit ----
// Stage 1: trees over the line features. Stage 2: trees over the line features plus the context
// of the stage-1 scores. Stage 2 is trained on OUT-OF-FOLD stage-1 scores (two folds inside the
// training half), so that it learns how far to trust stage 1 on pages stage 1 has not seen; the
// decoder costs are tuned on out-of-fold stage-2 scores for the same reason.
const trainDocs = ALL_DOCS.filter(d => isTrain(d.id))
const idNum = d => Number(d.id.match(/(\d+)$/)[1])
const foldA = trainDocs.filter(d => idNum(d) % 4 === 0)
const foldB = trainDocs.filter(d => idNum(d) % 4 !== 0)
const G = F + C.N_CONTEXT
const LR = Number(opt('--lr', 0.08)), MIN_LEAF = Number(opt('--min-leaf', 20)), COL_SAMPLE = Number(opt('--col-sample', 1))
// --max-bins: histogram bins per feature (at most 256); --subsample: share of the rows each tree
// is grown on (stochastic gradient boosting, seeded by --seed)
const MAX_BINS = Number(opt('--max-bins', 32)), SUBSAMPLE = Number(opt('--subsample', 1)), SEED = Number(opt('--seed', 1))
const gbdtOpts = { rounds: ROUNDS, depth: DEPTH, lr: LR, lambda: 2, minLeaf: MIN_LEAF, colSample: COL_SAMPLE, maxBins: MAX_BINS, subsample: SUBSAMPLE, seed: SEED }
const s1Opts = { ...gbdtOpts, log: m => console.error('  s1 ' + m) }
const s2Opts = { ...gbdtOpts, log: m => console.error('  s2 ' + m) }
const fitOn = (list, cols, key, o) => { const T = stack(list, cols, key); return C.packTrees(fitGbdt(T.X, T.y, T.w, T.n, cols, o)) }
const s1 = fitOn(trainDocs, F, d => d.prep.features.matrix, s1Opts)
const s1A = fitOn(foldB, F, d => d.prep.features.matrix, s1Opts)
const s1B = fitOn(foldA, F, d => d.prep.features.matrix, s1Opts)
for (const d of ALL_DOCS) {
  const m = !isTrain(d.id) ? s1 : foldA.includes(d) ? s1A : s1B
  d.s1 = C.predict(m, d.prep.features.matrix, d.lines.length, F)
  d.ctx = C.contextFeatures(d.prep.features, d.s1)
}
console.error(`stage 1 done in ${Date.now() - t0} ms`)
const EMPTY = { base: 0, f: [], t: [], v: [] }
const s2 = STAGE2 ? fitOn(trainDocs, G, d => d.ctx, s2Opts) : EMPTY
const s2A = STAGE2 ? fitOn(foldB, G, d => d.ctx, s2Opts) : EMPTY
const s2B = STAGE2 ? fitOn(foldA, G, d => d.ctx, s2Opts) : EMPTY
for (const d of ALL_DOCS) {
  const m = !isTrain(d.id) ? null : foldA.includes(d) ? s2A : s2B
  // training docs: out-of-fold scores; held-out docs: the shipped pipeline (computed below)
  d.scores = m ? (STAGE2 ? C.predict(m, d.ctx, d.lines.length, G) : d.s1) : null
}
console.error(`stage 2 done in ${Date.now() - t0} ms`)

// ---- score ----
function docF1(d, keep) {
  const pred = new Map(); let np = 0
  d.lineTokens.forEach((toks, i) => { if (keep[i]) for (const t of toks) { pred.set(t, (pred.get(t) ?? 0) + 1); np++ } })
  let tp = 0
  for (const [t, c] of pred) { const g = d.goldCounts.get(t); if (g) tp += Math.min(c, g) }
  const ng = d.goldTokens.length
  if (np === 0 && ng === 0) return { p: 1, r: 1, f: 1 }
  const p = np ? tp / np : 0, r = ng ? tp / ng : 0
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 }
}
function summary(list, keepOf) {
  let P = 0, R = 0, Fm = 0, good = 0
  for (const d of list) { const s = docF1(d, keepOf(d)); P += s.p; R += s.r; Fm += s.f; if (s.f >= 0.9) good++ }
  const n = list.length
  return `P ${(P / n).toFixed(3)} R ${(R / n).toFixed(3)} F1 ${(Fm / n).toFixed(3)} F1>=.9 ${(good / n).toFixed(2)}`
}
// ---- decoder costs and preset biases: coordinate search on the TRAINING documents ----
const packW = (decoder, presets) => ({ features: C.FEATURE_NAMES, contextFeatures: C.CONTEXT_FEATURE_NAMES, stage1: s1, stage2: s2, decoder, presets })
for (const d of ALL_DOCS) if (!d.scores) d.scores = C.lineScores(d.prep, packW(DEFAULT_DECODER, DEFAULT_PRESETS))
function meanOf(list, w, preset = 'balanced') {
  let P = 0, R = 0, Fm = 0
  for (const d of list) { const k = C.classifyPrepared(d.prep, w, preset, d.scores).verdicts.map(v => v.keep); const s = docF1(d, k); P += s.p; R += s.r; Fm += s.f }
  return { p: P / list.length, r: R / list.length, f: Fm / list.length }
}
const trainOf = v => trainDocs.filter(d => d.variant === v)
const trainNaive = trainOf('naive'), trainLight = trainOf('light'), trainNaive1 = trainOf('naive1'), trainGold = trainOf('gold')
// naive F1 first, light F1 half as much (--obj-light), recall of at least 0.96 on naive input; with the
// augmented variants also: the output of a first pass stays (second rounds, clean(clean(x))),
// and extracted articles keep their words.
const OBJ_LIGHT = Number(opt('--obj-light', 0.5))
const objectiveOf = w => {
  const a = meanOf(trainNaive, w), b = meanOf(trainLight, w)
  let o = a.f + OBJ_LIGHT * b.f - 2 * Math.max(0, 0.96 - a.r), gr = 1, pr = 1
  if (AUGMENT) {
    gr = meanOf(trainGold, w).r; pr = meanOf(trainNaive1, w).f
    o += 0.5 * pr - 4 * Math.max(0, 0.997 - gr)
  }
  return { p: a.p, r: a.r, f: a.f, lf: b.f, gr, pr, o }
}
let dec = { ...DEFAULT_DECODER }
let pre = { ...DEFAULT_PRESETS }
const pack = () => packW(dec, pre)
let best = objectiveOf(pack()).o
{ // the trees alone, before the decoder search (same decoder for every fit, so fits compare without the search's path)
  const m = objectiveOf(pack())
  console.error(`  untuned decoder: naive P ${m.p.toFixed(4)} R ${m.r.toFixed(4)} F1 ${m.f.toFixed(4)} light F1 ${m.lf.toFixed(4)} pass-2 F1 ${m.pr.toFixed(4)} gold R ${m.gr.toFixed(4)} objective ${m.o.toFixed(4)}`)
}
const grid = {
  outCost: [0, 0.5, 1, 2, 3, 5, 8],
  inCost: [0, 0.5, 1, 2, 3, 5, 8, 12],
  startCost: [0, 1, 2, 4],
  longGapCost: [0, 1, 2, 4, 8, 16],
  shortGap: [1, 2, 3, 5, 8],
  sizeExponent: [0, 0.25, 0.5, 0.75, 1],
  bias: [-1, -0.5, 0, 0.25, 0.5, 0.75, 1, 1.5, 2],
}
if (!args.includes('--no-tune')) for (let pass = 0; pass < 2; pass++) {
  for (const key of Object.keys(grid)) {
    for (const val of grid[key]) {
      const saveD = { ...dec }, saveP = { ...pre }
      if (key === 'bias') pre = { precision: val + PRECISION_OFFSET, balanced: val, recall: val + RECALL_OFFSET }
      else dec = { ...dec, [key]: val }
      const m = objectiveOf(pack())
      const o = m.o
      if (o > best + 1e-5) { best = o; console.error(`  ${key}=${val}: naive P ${m.p.toFixed(4)} R ${m.r.toFixed(4)} F1 ${m.f.toFixed(4)} light F1 ${m.lf.toFixed(4)} pass-2 F1 ${m.pr.toFixed(4)} gold R ${m.gr.toFixed(4)}`) }
      else { dec = saveD; pre = saveP }
    }
  }
}
console.error('decoder', JSON.stringify(dec), 'presets', JSON.stringify(pre))
const weights = pack()
// Cross-validated score inside the training half (out-of-fold scores of the two inner folds):
// compare features and settings on this, so that the held-out half is not used to choose them.
for (const variant of ['naive', 'light']) {
  console.log(`${variant} even ids, out-of-fold balanced: ${summary(trainOf(variant), d => C.classifyPrepared(d.prep, weights, 'balanced', d.scores).verdicts.map(v => v.keep))}`)
}
for (const variant of Object.keys(docs)) {
  const test = docs[variant].filter(d => ALL || !isTrain(d.id))
  const label = ALL ? 'all (fitted on all)' : 'held-out odd ids'
  console.log(`${variant} ${label} oracle-labels: ${summary(test, d => d.labels)}`)
  console.log(`${variant} ${label} stage-1 threshold: ${summary(test, d => Array.from(d.s1, v => v > 0))} | final threshold: ${summary(test, d => Array.from(d.scores, v => v > 0))}`)
  for (const preset of ['precision', 'balanced', 'recall']) {
    console.log(`${variant} ${label} ${preset}: ${summary(test, d => C.classifyPrepared(d.prep, weights, preset, d.scores).verdicts.map(v => v.keep))}`)
  }
}
if (WRITE) {
  const file = opt('--out', join(ROOT, 'src/classifier/weights.ts'))
  writeFileSync(file, C.renderWeights(weights, { fittedOn: ALL ? 'all dev ids' : AUGMENT ? 'even dev ids (naive, light, their first-pass output, gold as input)' : 'even dev ids (naive + light)', rounds: ROUNDS, depth: DEPTH, lr: LR, minLeaf: MIN_LEAF, colSample: COL_SAMPLE, ...(MAX_BINS !== 32 && { maxBins: MAX_BINS }), ...(SUBSAMPLE < 1 && { subsample: SUBSAMPLE, seed: SEED }), stage2: STAGE2 }))
  console.error(`wrote ${file}`)
}
