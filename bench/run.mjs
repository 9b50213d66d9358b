// npm run bench: throughput of clean() next to a single-pass baseline measured in the same run,
// on two inputs (article text, and naively scraped whole pages), then the sub-benchmarks that
// exist (worst-case inputs, JSONL end to end, retext). Absolute numbers on shared machines are
// noise: read the medians and the ratios.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { spawnSync } from 'node:child_process'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const { createCleaner, cleaners } = await import(join(ROOT, 'dist/index.js'))

const RUNS = Number(process.env.BENCH_RUNS ?? 9)
const TARGET_MB = Number(process.env.BENCH_MB ?? 4)

function load(dirs) {
  const docs = []
  for (const dir of dirs) {
    const d = join(ROOT, dir)
    if (!existsSync(d)) continue
    for (const f of readdirSync(d).sort()) docs.push(readFileSync(join(d, f), 'utf8'))
  }
  const out = []
  let bytes = 0
  while (bytes < TARGET_MB * 1e6) for (const d of docs) { out.push(d); bytes += Buffer.byteLength(d) }
  return { docs: out, mb: bytes / 1e6 }
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)] }

/** Median time of `fn` over RUNS runs, the configurations interleaved so that load on the machine hits all alike. */
function timeAll(fns) {
  const ms = fns.map(() => [])
  for (const fn of fns) fn() // warm-up
  for (let i = 0; i < RUNS; i++) {
    fns.forEach((fn, k) => {
      const t = process.hrtime.bigint()
      fn()
      ms[k].push(Number(process.hrtime.bigint() - t) / 1e6)
    })
  }
  return ms.map(median)
}

// Baseline: split into lines, one regex over each whole line, join: the cheapest possible line pass.
const ONE = /^(?:leave a reply|advertisement|share this:?|\d{1,3}|[0-9a-f-]{36})$/i
const baseline = (docs) => () => { for (const d of docs) { const kept = []; for (const l of d.split('\n')) if (!ONE.test(l.trim())) kept.push(l); kept.join('\n') } }
const run = (cleaner, docs) => () => { for (const d of docs) cleaner.clean(d) }
const off = (pred) => ({ cleaners: Object.fromEntries(cleaners.filter(pred).map((c) => [c.id, false])) })

const configs = [
  ['clean() default preset', createCleaner()],
  ['  without the block classifier', createCleaner(off((c) => c.id === 'boilerplate'))],
  ['  line rules only (no document cleaners)', createCleaner(off((c) => c.stage === 'document'))],
  ['  without normalisation (whitespace kept)', createCleaner(off((c) => c.category === 'normalise' && c.id !== 'whitespace'))],
  ['  normalisation only', createCleaner(off((c) => c.category === 'noise'))],
  ['cleanWithReport() (messages, stats)', { clean: createCleaner().run }],
]

for (const [label, dirs] of [['articles (corpus/raw, corpus/gold, corpus/eval/gold)', ['corpus/raw', 'corpus/gold', 'corpus/eval/gold']], ['whole pages, naive scrape (corpus/eval/naive)', ['corpus/eval/naive']]]) {
  const { docs, mb } = load(dirs)
  const times = timeAll([baseline(docs), ...configs.map(([, c]) => run(c, docs))])
  const base = times[0]
  console.log(`\n# ${label}: ${docs.length} documents, ${mb.toFixed(1)} MB, median of ${RUNS} runs`)
  console.log(`${'pipeline'.padEnd(44)} ${'ms'.padStart(8)} ${'MB/s'.padStart(7)} ${'docs/s'.padStart(8)} ${'x baseline'.padStart(11)}`)
  const row = (name, ms) => console.log(`${name.padEnd(44)} ${ms.toFixed(0).padStart(8)} ${(mb / (ms / 1000)).toFixed(1).padStart(7)} ${(docs.length / (ms / 1000)).toFixed(0).padStart(8)} ${(ms / base).toFixed(1).padStart(11)}`)
  row('baseline: split, one regex per line, join', base)
  configs.forEach(([name], k) => row(name, times[k + 1]))
}
console.log(`\npeak RSS of this process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB (both corpora are held in memory)`)

for (const sub of ['bench/worst-case.mjs', 'bench/jsonl.mjs', 'bench/retext.mjs']) {
  if (!existsSync(join(ROOT, sub))) continue
  console.log(`\n# ${sub}`)
  const r = spawnSync(process.execPath, [join(ROOT, sub)], { stdio: 'inherit', cwd: ROOT })
  if (r.status !== 0) console.log(`${sub} exited with ${r.status}`)
}
