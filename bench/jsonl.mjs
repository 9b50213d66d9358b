#!/usr/bin/env node
/**
 * JSONL throughput and memory of the built CLI (dist/cli.js), end to end.
 *
 *   node bench/jsonl.mjs              10 MB and 100 MB inputs
 *   BENCH_LARGE=1 node bench/jsonl.mjs   also 1 GB (a few minutes)
 *   BENCH_RUNS=5 …                     runs per timing (default 3; medians are printed)
 *   BENCH_DIST=path …                  measure another build (cli.js, cli-worker.js, index.js)
 *
 * For each size it measures, in the same run and on the same file:
 *   - pass-through: `--jsonl --no-clean` (read, split, parse, re-serialise the field, write:
 *     the same streaming code path with the cleaner replaced by the identity),
 *   - cleaning with --workers 1 (main thread only) and --workers 2,
 *   - the cleaner alone in this process (createCleaner().clean over the same texts, no I/O),
 * and prints medians, MB/s, the ratios, and the peak RSS of each child process. Runs of the
 * different modes are interleaved, so that other load on the machine hits them alike.
 * Inputs are records built from corpus/raw/*.txt, written to a temporary folder and deleted.
 */
import { spawn } from 'node:child_process'
import { closeSync, createWriteStream, mkdtempSync, openSync, readSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs'
import { once } from 'node:events'
import { tmpdir, availableParallelism } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
// BENCH_DIST: another build folder to measure (it needs cli.js, cli-worker.js and index.js).
const dist = process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : join(root, 'dist')
const cli = join(dist, 'cli.js')
if (!existsSync(cli)) {
  console.error(`bench/jsonl.mjs: ${cli} is missing; run npm run build first`)
  process.exit(1)
}
const runs = Math.max(1, Number(process.env.BENCH_RUNS) || 3)
const MB = 1024 * 1024
const sizes = [10 * MB, 100 * MB, ...(process.env.BENCH_LARGE === '1' ? [1024 * MB] : [])]

const rawDir = join(root, 'corpus', 'raw')
const docs = readdirSync(rawDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(rawDir, f), 'utf8'))

const tmp = mkdtempSync(join(tmpdir(), 'unscrape-bench-'))
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }))
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130))

// Each child writes its peak RSS (KiB, from getrusage) to the file named in UNSCRAPE_BENCH_RSS.
const hook = join(tmp, 'rss-hook.mjs')
writeFileSync(hook, `import { writeFileSync } from 'node:fs'
process.on('exit', () => { try { writeFileSync(process.env.UNSCRAPE_BENCH_RSS, String(process.resourceUsage().maxRSS)) } catch {} })
`)

/** A JSONL file of about `bytes`, records cycling over the sample corpus, each a little different. */
async function makeInput(bytes) {
  const file = join(tmp, `in-${bytes / MB}mb.jsonl`)
  const out = createWriteStream(file)
  let written = 0
  let i = 0
  while (written < bytes) {
    let chunk = ''
    for (let k = 0; k < 200; k++, i++) {
      const rec = { id: i, url: `https://news.example/${i % 977}/${i}`, lang: 'en', text: `${docs[i % docs.length]}\nStory ${i}.\n` }
      chunk += JSON.stringify(rec) + '\n'
    }
    written += Buffer.byteLength(chunk)
    if (!out.write(chunk)) await once(out, 'drain')
  }
  out.end()
  await once(out, 'close')
  return { file, bytes: statSync(file).size, records: i }
}

/** Run the CLI on `file`; resolves with wall time (ms) and the child's peak RSS (MiB). */
function runCli(args, file) {
  return new Promise((resolve, reject) => {
    const rssFile = join(tmp, `rss-${process.hrtime.bigint()}`)
    const t0 = process.hrtime.bigint()
    const child = spawn(process.execPath, ['--import', hook, cli, '--jsonl', '-q', ...args, file], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, UNSCRAPE_BENCH_RSS: rssFile },
    })
    let err = ''
    child.stderr.on('data', (c) => { err += c })
    child.on('error', reject)
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6
      if (code !== 0) return reject(new Error(`unscrape ${args.join(' ')} exited ${code}: ${err}`))
      let rss = NaN
      try { rss = Number(readFileSync(rssFile, 'utf8')) / 1024; rmSync(rssFile) } catch {}
      resolve({ ms, rss })
    })
  })
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

/**
 * Run each mode `n` times, interleaved (a, b, c, a, b, c, …) so that a change in machine load
 * during the run hits every mode alike; returns the median time and the largest peak RSS per mode.
 */
async function measureAll(modes, file, n) {
  const times = modes.map(() => [])
  const rss = modes.map(() => 0)
  for (let k = 0; k < n; k++) {
    for (let m = 0; m < modes.length; m++) {
      const r = await runCli(modes[m], file)
      times[m].push(r.ms)
      rss[m] = Math.max(rss[m], r.rss)
    }
  }
  return modes.map((_, m) => ({ ms: median(times[m]), rss: rss[m] }))
}

/** The cleaner alone, in this process, over the texts of the first `limit` bytes of records. */
async function libraryOnly(file, limit) {
  const { createCleaner } = await import(pathToFileURL(join(dist, 'index.js')).href)
  const cleaner = createCleaner()
  const buf = Buffer.alloc(limit)
  const fd = openSync(file, 'r')
  const got = readSync(fd, buf, 0, limit, 0)
  closeSync(fd)
  const head = buf.subarray(0, buf.lastIndexOf(10, got - 1) + 1)
  const texts = head.toString('utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text)
  const bytes = head.length
  const times = []
  for (let k = 0; k < runs; k++) {
    const t0 = process.hrtime.bigint()
    for (const t of texts) cleaner.clean(t)
    times.push(Number(process.hrtime.bigint() - t0) / 1e6)
  }
  return { ms: median(times), bytes }
}

const fmt = (n, d = 1) => n.toFixed(d)
const rate = (bytes, ms) => bytes / MB / (ms / 1000)

console.log(`unscrape JSONL benchmark: node ${process.version}, ${availableParallelism()} CPUs, medians of ${runs} runs (1 run at 1 GB)`)
console.log('size      mode                 time      MB/s   peak RSS')
const results = []
for (const size of sizes) {
  const input = await makeInput(size)
  const n = size >= 1024 * MB ? 1 : runs
  const label = `${fmt(input.bytes / MB, 0)} MB`.padEnd(9)
  const row = (mode, r) => console.log(`${label} ${mode.padEnd(20)} ${fmt(r.ms / 1000, 2).padStart(6)} s ${fmt(rate(input.bytes, r.ms)).padStart(7)} ${fmt(r.rss, 0).padStart(6)} MiB`)
  const [noop, w1, w2] = await measureAll([['--no-clean', '--workers', '1'], ['--workers', '1'], ['--workers', '2']], input.file, n)
  row('pass-through (1)', noop)
  row('clean, 1 worker', w1)
  row('clean, 2 workers', w2)
  const lib = await libraryOnly(input.file, Math.min(input.bytes, 20 * MB))
  console.log(`${label} ${'cleaner alone'.padEnd(20)} ${fmt(lib.ms / 1000, 2).padStart(6)} s ${fmt(rate(lib.bytes, lib.ms)).padStart(7)}        (in-process, first ${fmt(lib.bytes / MB, 0)} MB, no I/O)`)
  const r = {
    sizeMB: +(input.bytes / MB).toFixed(1),
    records: input.records,
    passThroughMBs: +rate(input.bytes, noop.ms).toFixed(1),
    clean1MBs: +rate(input.bytes, w1.ms).toFixed(2),
    clean2MBs: +rate(input.bytes, w2.ms).toFixed(2),
    cleanerAloneMBs: +rate(lib.bytes, lib.ms).toFixed(2),
    slowdownVsPassThrough: +(w1.ms / noop.ms).toFixed(1),
    overheadVsCleanerAlone: +((w1.ms / input.bytes) / (lib.ms / lib.bytes)).toFixed(2),
    speedup2Workers: +(w1.ms / w2.ms).toFixed(2),
    // without --workers the CLI starts at most one thread per 8 MB of input (autoWorkers in src/cli/run.ts)
    defaultWorkers: Math.max(1, Math.min(8, availableParallelism(), Math.floor(input.bytes / (8 * MB)))),
    peakRssMiB: { passThrough: Math.round(noop.rss), workers1: Math.round(w1.rss), workers2: Math.round(w2.rss) },
  }
  console.log(`${label} ratios: clean(1 worker) takes ${r.slowdownVsPassThrough}x the pass-through; ${r.overheadVsCleanerAlone}x the cleaner alone; 2 workers: ${r.speedup2Workers}x faster than 1; without --workers the CLI uses ${r.defaultWorkers}`)
  results.push(r)
  rmSync(input.file)
}
console.log(JSON.stringify({ bench: 'jsonl', node: process.version, cpus: availableParallelism(), runs, results }))
