#!/usr/bin/env node
// Compare pipeline configurations on the development benchmark in one run (library, no CLI):
//   node scripts/ablate.mjs '{"default":{},"no-classifier":{"cleaners":{"boilerplate":false}}}' [--variant light] [--split DIR] [--detail]
// Prints, per configuration: mean P, R, F1 on all pages, F1 on the odd ids (held out from the
// classifier's fit) and on the even ids (fitted on: choose rules and settings on these), and the
// share of gold tokens kept when the gold texts are the input.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { prf, tokenize } from './lib/metric.mjs'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const { createCleaner } = await import(process.env.ABLATE_DIST ?? join(ROOT, 'dist', 'index.js'))
const args = process.argv.slice(2)
const opt = (k, d) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : d }
const shared = join(ROOT, '..', 'shared', 'eval', 'dev')
const split = opt('--split', existsSync(shared) ? shared : join(ROOT, 'corpus', 'eval'))
const variant = opt('--variant', 'naive')
// say which pages are scored: without ../shared the 50-page sample in corpus/eval is used
console.error(`ablate: ${split}${split === shared ? '' : ' (not the development split: pass --split DIR to score another)'}`)
const configs = JSON.parse(args.find((a) => a.startsWith('{')) ?? '{"default":{}}')
const ids = readdirSync(join(split, 'gold')).sort()
const goldText = ids.map((f) => readFileSync(join(split, 'gold', f), 'utf8'))
const gold = goldText.map(tokenize)
const input = ids.map((f) => readFileSync(join(split, variant, f), 'utf8'))
for (const [name, options] of Object.entries(configs)) {
  const c = createCleaner(options)
  let p = 0, r = 0, f1 = 0, good = 0, odd = 0, oddP = 0, oddR = 0, oddGood = 0, nOdd = 0, kept = 0, total = 0
  const t0 = performance.now()
  ids.forEach((id, i) => {
    const s = prf(tokenize(c.clean(input[i])), gold[i])
    p += s.precision; r += s.recall; f1 += s.f1
    if (s.f1 >= 0.9) good++
    if (Number(id.replace(/\D/g, '')) % 2) { odd += s.f1; oddP += s.precision; oddR += s.recall; nOdd++; if (s.f1 >= 0.9) oddGood++ }
  })
  const secs = (performance.now() - t0) / 1000
  ids.forEach((_, i) => { kept += prf(tokenize(c.clean(goldText[i])), gold[i]).tp; total += gold[i].length })
  const n = ids.length
  console.log(`${name.padEnd(24)} P ${(p / n).toFixed(3)}  R ${(r / n).toFixed(3)}  F1 ${(f1 / n).toFixed(4)}  F1(odd ids) ${(odd / nOdd).toFixed(4)}  F1(even ids) ${((f1 - odd) / (n - nOdd)).toFixed(4)}  gold kept ${((kept / total) * 100).toFixed(2)}%  (${secs.toFixed(1)} s)`)
  if (args.includes('--detail')) console.log(`${''.padEnd(24)} odd ids: P ${(oddP / nOdd).toFixed(3)}  R ${(oddR / nOdd).toFixed(3)}  F1>=.9 ${(oddGood / nOdd).toFixed(2)}; all: F1>=.9 ${(good / n).toFixed(2)}`)
}
