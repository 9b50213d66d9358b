#!/usr/bin/env node
// npm run eval: run the unscrape CLI over the development benchmark and print P, R, F1.
//
//   node scripts/eval.mjs [--variant naive|light] [--preset NAME] [--gold-as-input] [--per-doc FILE] [--split DIR]
//
// Uses ../shared/eval/dev when it exists, else the slice shipped in corpus/eval (WCXB, Murrough
// Foley, CC-BY-4.0). --gold-as-input feeds the gold texts in and reports how many of their tokens
// survive (the "never lose the article" check). The last line is "F1 <mean F1>".
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { tokenize, prf } from './lib/metric.mjs'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt }
const variant = opt('--variant', 'naive')
const preset = opt('--preset', undefined)
const goldAsInput = args.includes('--gold-as-input')
const shared = join(ROOT, '..', 'shared', 'eval', 'dev')
const split = opt('--split', existsSync(shared) ? shared : join(ROOT, 'corpus', 'eval'))
const inDir = join(split, goldAsInput ? 'gold' : variant)
const goldDir = join(split, 'gold')
const ids = readdirSync(inDir).filter((f) => f.endsWith('.txt')).sort()

const out = mkdtempSync(join(tmpdir(), 'unscrape-eval-'))
const cli = join(ROOT, 'dist', 'cli.js')
const t0 = performance.now()
if (existsSync(cli)) {
  const cliArgs = [cli, inDir, '--out-dir', out, '--quiet']
  if (preset) cliArgs.push('--preset', preset)
  execFileSync(process.execPath, cliArgs, { stdio: ['ignore', 'ignore', 'inherit'] })
} else {
  const { createCleaner } = await import(join(ROOT, 'dist', 'index.js'))
  const c = createCleaner(preset ? { preset } : {})
  for (const f of ids) writeFileSync(join(out, f), c.clean(readFileSync(join(inDir, f), 'utf8')))
}
const seconds = (performance.now() - t0) / 1000

const rows = []
let keptTokens = 0
let goldTokens = 0
for (const f of ids) {
  const pred = existsSync(join(out, f)) ? readFileSync(join(out, f), 'utf8') : ''
  const gold = readFileSync(join(goldDir, f), 'utf8')
  const p = tokenize(pred)
  const g = tokenize(gold)
  const s = prf(p, g)
  rows.push({ id: f, ...s })
  keptTokens += s.tp
  goldTokens += g.length
}
rmSync(out, { recursive: true, force: true })
const mean = (k) => rows.reduce((a, r) => a + r[k], 0) / rows.length
const perDoc = opt('--per-doc', undefined)
if (perDoc) writeFileSync(perDoc, ['id\tprecision\trecall\tf1', ...rows.map((r) => [r.id, r.precision.toFixed(4), r.recall.toFixed(4), r.f1.toFixed(4)].join('\t'))].join('\n') + '\n')
const where = split === shared ? '../shared/eval/dev' : 'corpus/eval (slice)'
console.log(`# unscrape${preset ? ` --preset ${preset}` : ''} on ${ids.length} pages of ${where}, ${goldAsInput ? 'gold text as input' : `${variant} input`} (${seconds.toFixed(1)} s)`)
if (goldAsInput) {
  console.log(`gold tokens kept: ${keptTokens} of ${goldTokens} (${((keptTokens / goldTokens) * 100).toFixed(2)}%)`)
  console.log(`documents keeping >= 99.5%: ${rows.filter((r) => r.recall >= 0.995).length} of ${rows.length}`)
}
console.log(`P ${mean('precision').toFixed(3)}  R ${mean('recall').toFixed(3)}  F1>=.9 ${(rows.filter((r) => r.f1 >= 0.9).length / rows.length).toFixed(2)}`)
console.log(`F1 ${mean('f1').toFixed(4)}`)
