// node bench/retext.mjs: what a retext (nlcst) round trip costs next to clean(), on the same
// inputs: the five corpus/raw articles one by one, then one large string (the corpus concatenated
// 12, 48 and 192 times: 1x, 4x, 16x) to show how each scales with size.
//
// Why: it is the measurement behind "why the core is not an nlcst plugin" in docs/unified.md.
// unscrape is loaded from dist/ when dist/ is at least as new as src/, else from a fresh esbuild
// bundle in the OS temp folder; unified and retext come from node_modules (dev dependencies).
// Env: BENCH_RUNS (samples per measurement, default 7), BENCH_LARGE_RUNS (default 3),
// BENCH_MIN_MS (least time per sample for the small articles, default 40).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const RUNS = Number(process.env.BENCH_RUNS ?? 7)
const LARGE_RUNS = Number(process.env.BENCH_LARGE_RUNS ?? 3)
const MIN_MS = Number(process.env.BENCH_MIN_MS ?? 40)

const newest = (dir) => {
  let t = 0
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs)
  }
  return t
}

/** Import dist/<name>.js when it is fresh, else bundle src/<name>.ts with esbuild; null if neither works. */
async function load(name) {
  const dist = join(ROOT, 'dist', `${name}.js`)
  if (existsSync(dist) && statSync(dist).mtimeMs >= newest(join(ROOT, 'src'))) return { mod: await import(pathToFileURL(dist).href), from: `dist/${name}.js` }
  try {
    const esbuild = await import('esbuild')
    const outfile = join(tmpdir(), `unscrape-bench-${name}.mjs`)
    await esbuild.build({ entryPoints: [join(ROOT, 'src', `${name}.ts`)], bundle: true, format: 'esm', platform: 'neutral', outfile, logLevel: 'error' })
    return { mod: await import(`${pathToFileURL(outfile).href}?t=${Date.now()}`), from: `esbuild bundle of src/${name}.ts (dist/ missing or older than src/)` }
  } catch (error) {
    if (existsSync(dist)) return { mod: await import(pathToFileURL(dist).href), from: `dist/${name}.js (stale: esbuild failed: ${error.message})` }
    return { mod: null, from: `unavailable (${error.message})` }
  }
}

const { retext } = await import('retext')
const core = await load('index')
const plugin = await load('unified')
if (!core.mod) {
  console.log(`unscrape ${core.from}: measuring retext only`)
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)] }
const bytesOf = (s) => Buffer.byteLength(s, 'utf8')

/** Median ms per call over `runs` samples; small inputs are looped so that a sample lasts MIN_MS. */
function time(fn, runs) {
  const t0 = performance.now()
  fn() // warm-up, and a first estimate
  const once = Math.max(performance.now() - t0, 0.001)
  const reps = Math.max(1, Math.ceil(MIN_MS / once))
  const samples = []
  for (let r = 0; r < runs; r++) {
    const t = performance.now()
    for (let i = 0; i < reps; i++) fn()
    samples.push((performance.now() - t) / reps)
  }
  return median(samples)
}

const nlcst = retext().freeze()
/** Share of the round trip spent in parse (parse-latin), per call. */
let parseShares = []
const roundTrip = (text) => {
  const t = performance.now()
  const tree = nlcst.parse(text)
  const p = performance.now() - t
  const out = nlcst.stringify(tree)
  parseShares.push(p / (performance.now() - t))
  return out
}
const cleaner = core.mod?.createCleaner()
const withPlugin = plugin.mod ? retext().use(plugin.mod.unscrape).freeze() : null

const engines = [
  ['retext parse+stringify', roundTrip],
  ...(cleaner ? [['clean()', (t) => cleaner.clean(t)]] : []),
  ...(withPlugin ? [['retext().use(unscrape)', (t) => withPlugin.stringify(withPlugin.parse(t))]] : []),
]

function row(label, text, runs) {
  const mb = bytesOf(text) / 1e6
  parseShares = []
  const ms = engines.map(([, fn]) => time(() => fn(text), runs))
  const out = cleaner ? bytesOf(cleaner.clean(text)) / 1e3 : NaN
  return { label, kb: bytesOf(text) / 1e3, outKb: out, parseShare: median(parseShares), ms, mbps: ms.map((m) => mb / (m / 1000)) }
}

function print(title, rows, scale) {
  console.log(`\n## ${title}`)
  const head = ['input', 'KB in', ...(cleaner ? ['KB clean'] : []), ...engines.flatMap(([n]) => [`${n} ms`, 'MB/s'])]
  if (cleaner) head.push('clean() speed / retext speed')
  head.push('parse share of retext')
  if (scale) head.push(...engines.map(([n]) => `${n}: time vs 1x`))
  const lines = rows.map((r) => {
    const cells = [r.label, r.kb.toFixed(1), ...(cleaner ? [r.outKb.toFixed(1)] : []), ...r.ms.flatMap((m, i) => [m.toFixed(m < 10 ? 2 : 0), r.mbps[i].toFixed(1)])]
    if (cleaner) cells.push(`${(r.mbps[1] / r.mbps[0]).toFixed(1)}x`)
    cells.push(`${Math.round(r.parseShare * 100)}%`)
    if (scale) cells.push(...r.ms.map((m, i) => `${(m / rows[0].ms[i]).toFixed(1)}x`))
    return cells
  })
  console.log(`| ${head.join(' | ')} |`)
  console.log(`|${head.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`)
  for (const cells of lines) console.log(`| ${cells.join(' | ')} |`)
}

console.log(`# retext (nlcst) round trip vs clean(): node ${process.version}, median of ${RUNS} samples (${LARGE_RUNS} for the large strings)`)
console.log(`unscrape core: ${core.from}; plugin: ${plugin.from}`)

const rawDir = join(ROOT, 'corpus', 'raw')
const articles = readdirSync(rawDir).sort().map((f) => [f.replace(/\.txt$/, ''), readFileSync(join(rawDir, f), 'utf8')])
print('Per article (corpus/raw)', articles.map(([name, text]) => row(name, text, RUNS)))

const corpus = articles.map(([, t]) => t).join('\n\n')
const large = [[1, 12], [4, 48], [16, 192]].map(([k, n]) => row(`${k}x (corpus x${n})`, Array(n).fill(corpus).join('\n\n'), LARGE_RUNS))
print('One large string: linear scaling keeps "time vs 1x" near 4x and 16x', large, true)
console.log('\nNote: on the large strings clean() removes the repeated copies (duplicate-line), so retext().use(unscrape) parses far less text than it is given.')
