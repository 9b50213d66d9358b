// npm run bench: throughput and memory of clean() next to a single-pass baseline measured in the
// same run, then the sub-benchmarks that exist (normalisation cost, classifier cost, JSONL, retext).
// Absolute numbers on shared machines are noise: read the medians and the ratios.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { spawnSync } from 'node:child_process'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const { createCleaner, cleaners } = await import(join(ROOT, 'dist/index.js'))

const RUNS = Number(process.env.BENCH_RUNS ?? 7)
const TARGET_MB = Number(process.env.BENCH_MB ?? 8)

function loadDocs() {
  const docs = []
  for (const dir of ['corpus/raw', 'corpus/eval/naive']) {
    const d = join(ROOT, dir)
    if (!existsSync(d)) continue
    for (const f of readdirSync(d).sort()) docs.push(readFileSync(join(d, f), 'utf8'))
  }
  const out = []
  let bytes = 0
  while (bytes < TARGET_MB * 1e6) for (const d of docs) { out.push(d); bytes += Buffer.byteLength(d) }
  return { docs: out, bytes }
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)] }

function time(fn) {
  const ms = []
  fn() // warm-up
  for (let i = 0; i < RUNS; i++) {
    const t = process.hrtime.bigint()
    fn()
    ms.push(Number(process.hrtime.bigint() - t) / 1e6)
  }
  return median(ms)
}

const { docs, bytes } = loadDocs()
const MB = bytes / 1e6

// Baseline: split into lines, one regex over each whole line, join — the cheapest possible line pass.
const ONE = /^(?:leave a reply|advertisement|share this:?|\d{1,3}|[0-9a-f-]{36})$/i
const baseline = () => { let n = 0; for (const d of docs) { const kept = []; for (const l of d.split('\n')) if (!ONE.test(l.trim())) kept.push(l); n += kept.join('\n').length } return n }

const rows = []
const measure = (name, fn) => { const ms = time(fn); rows.push({ name, ms, mbps: MB / (ms / 1000), docs: docs.length / (ms / 1000) }); return ms }

const base = measure('baseline: one regex per line', baseline)
const def = createCleaner()
measure('clean() default preset', () => { for (const d of docs) def.clean(d) })
const ids = (pred) => Object.fromEntries(cleaners.filter(pred).map((c) => [c.id, false]))
const noNormalise = createCleaner({ cleaners: ids((c) => c.category === 'normalise' && c.id !== 'whitespace') })
measure('clean() without normalisation (whitespace only)', () => { for (const d of docs) noNormalise.clean(d) })
if (cleaners.some((c) => c.id === 'boilerplate')) {
  const lineRules = createCleaner({ cleaners: { boilerplate: false } })
  measure('clean() without the block classifier', () => { for (const d of docs) lineRules.clean(d) })
}
const report = createCleaner()
measure('run() with messages and stats', () => { for (const d of docs) report.run(d) })

console.log(`# clean() on ${docs.length} documents, ${MB.toFixed(1)} MB (corpus/ repeated), median of ${RUNS} runs`)
console.log(`${'pipeline'.padEnd(50)} ${'ms'.padStart(8)} ${'MB/s'.padStart(8)} ${'docs/s'.padStart(9)} ${'x baseline'.padStart(11)}`)
for (const r of rows) console.log(`${r.name.padEnd(50)} ${r.ms.toFixed(0).padStart(8)} ${r.mbps.toFixed(1).padStart(8)} ${r.docs.toFixed(0).padStart(9)} ${(r.ms / base).toFixed(2).padStart(11)}`)
const ru = process.resourceUsage()
console.log(`peak RSS of this process: ${(ru.maxRSS / 1024).toFixed(0)} MiB (the corpus itself is held in memory)`)

for (const sub of ['bench/jsonl.mjs', 'bench/retext.mjs']) {
  if (!existsSync(join(ROOT, sub))) continue
  console.log(`\n# ${sub}`)
  const r = spawnSync(process.execPath, [join(ROOT, sub)], { stdio: 'inherit', cwd: ROOT })
  if (r.status !== 0) console.log(`${sub} exited with ${r.status}`)
}
