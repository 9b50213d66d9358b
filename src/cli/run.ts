/**
 * The CLI's work: expand inputs, cut them into batches, run the batches (in the main thread or on
 * worker threads), and consume the results strictly in input order.
 */
import { closeSync, openSync, readSync } from 'node:fs'
import type { CliArgs } from './args.js'
import { expandInputs, outputPaths, UsageError, type Input } from './inputs.js'
import { createExecutor, type Executor } from './executor.js'
import { emptyTotals, mergeTotals, type JobConfig, type JsonlResult, type Task, type TaskResult, type TextResult } from './process.js'
import { fileSink, stdoutSink, type Sink } from './output.js'
import { BufferPool } from './buffers.js'
import { byteBatches, openInput, readDocument } from './read.js'
import { startProgress } from './progress.js'
import { runLearn } from './learn.js'
import { byline, colors, formatDiff, formatExplain, formatFile, formatStats, type Colors } from './report.js'

export const JSONL_EXTS = ['.jsonl', '.jsonl.gz', '.ndjson', '.ndjson.gz']
export const TEXT_EXTS = ['.txt']
/** A JSONL batch ends at the first line end past this many bytes (or at --batch-size records). */
const MAX_BATCH_BYTES = 4 << 20
/** Errors printed one by one; beyond this, only counted. */
const MAX_PRINTED_ERRORS = 100

export interface Env {
  stdout: NodeJS.WriteStream
  stderr: NodeJS.WriteStream
  stdinIsTTY: boolean
  env: NodeJS.ProcessEnv
}

function colorFor(stream: NodeJS.WriteStream, forced: boolean | undefined, env: NodeJS.ProcessEnv): boolean {
  if (forced !== undefined) return forced
  if (env.NO_COLOR) return false
  if (env.FORCE_COLOR && env.FORCE_COLOR !== '0') return true
  return Boolean(stream.isTTY)
}

/** Ordered dispatch: up to `executor.maxInFlight` batches run at once; results come back in order. */
async function ordered<M>(
  items: AsyncIterable<{ meta: M; task: Task | null }>,
  executor: Executor,
  consume: (meta: M, result: TaskResult | null) => Promise<boolean | void> | boolean | void,
): Promise<void> {
  const queue: Array<{ meta: M; promise: Promise<TaskResult> | null }> = []
  const drainOne = async (): Promise<boolean> => {
    const head = queue.shift()!
    const result = head.promise ? await head.promise : null
    return (await consume(head.meta, result)) === false
  }
  try {
    for await (const { meta, task } of items) {
      const promise = task ? executor.run(task) : null
      promise?.catch(() => { /* awaited in order below */ })
      queue.push({ meta, promise })
      while (queue.length > executor.maxInFlight) if (await drainOne()) return
    }
    while (queue.length) if (await drainOne()) return
  } finally {
    queue.length = 0
  }
}

/** Compile the pipeline; bad options (TypeError / RangeError naming the value) are usage errors. */
function executorFor(config: JobConfig, workers: number, pool?: BufferPool): Executor {
  try {
    return createExecutor(config, workers, pool)
  } catch (e) {
    if (e instanceof TypeError || e instanceof RangeError) throw new UsageError(e.message)
    throw e
  }
}

function jobConfig(args: CliArgs, messages: boolean): JobConfig {
  const c: JobConfig = { options: args.options, field: args.field, onError: args.onError, stats: args.stats, messages }
  if (args.reportField !== undefined) c.reportField = args.reportField
  if (args.noClean) c.noClean = true
  return c
}

/**
 * Input bytes that pay for one more worker thread. A thread compiles the cleaner and warms up its
 * own JIT; on a 2-core machine two threads were slower than one below about 16 MB of JSONL (5 MB:
 * 1.6x the time of one thread; 10 MB: 1.15x; 20 MB: 0.94x), and faster from there on.
 */
export const BYTES_PER_WORKER = 8 * 1024 * 1024
/** Gzip shrinks text about this much: the estimate for a `.gz` file whose trailer cannot tell. */
const GZIP_RATIO = 4
/** From this compressed size on, the trailer's size (kept modulo 4 GiB) may have wrapped. */
const GZIP_TRAILER_MAX = 256 * 1024 * 1024

/**
 * The text bytes of a `.gz` file: the size its gzip trailer records (ISIZE, the last four bytes,
 * little-endian: the uncompressed size modulo 4 GiB) when that is no smaller than the file; else
 * (a size past 4 GiB, several gzip members whose last is small, a short or unreadable file) the
 * file's size times GZIP_RATIO. With several members the trailer holds the last member's size only,
 * so this may count low. Only the number of worker threads depends on it. `file` is a path, or an
 * open descriptor of a regular file (stdin redirected from a file), read in place and left open.
 */
export function gzipTextBytes(file: string | number, size: number): number {
  if (size >= 18 && size < GZIP_TRAILER_MAX) {
    let fd: number | undefined
    try {
      fd = typeof file === 'number' ? file : openSync(file, 'r')
      const tail = Buffer.alloc(4)
      if (readSync(fd, tail, 0, 4, size - 4) === 4) {
        const isize = tail.readUInt32LE(0)
        if (isize >= size) return isize
      }
    } catch {
      // unreadable here: the reader reports it
    } finally {
      if (fd !== undefined && typeof file !== 'number') closeSync(fd)
    }
  }
  return size * GZIP_RATIO
}

/**
 * The text bytes of stdin redirected from a file of `size` bytes: gunzipped when it starts with
 * the gzip magic number, as the reader does (positional reads: the stream's own position is not
 * moved).
 */
export function stdinTextBytes(fd: number, size: number): number {
  const head = Buffer.alloc(2)
  let gz = false
  try {
    gz = readSync(fd, head, 0, 2, 0) === 2 && head[0] === 0x1f && head[1] === 0x8b
  } catch {
    // unreadable here: the reader reports it
  }
  return gz ? gzipTextBytes(fd, size) : size
}

/**
 * Worker threads for a run: --workers when given; else the default (one per CPU, at most 8), but
 * no more than one per BYTES_PER_WORKER of input when the inputs' sizes are known (files, not a
 * pipe; stdin redirected from a file has one), so that a small job is not slowed down by starting
 * threads. A `.gz` file, or gzipped stdin, counts for the text it holds (gzipTextBytes).
 */
export function autoWorkers(max: number, given: boolean, inputs: readonly Input[]): number {
  if (given) return max
  let bytes = 0
  for (const i of inputs) {
    if (i.size === undefined) return max
    bytes += i.path === null ? (i.fd === undefined ? i.size : stdinTextBytes(i.fd, i.size)) : i.path.endsWith('.gz') ? gzipTextBytes(i.path, i.size) : i.size
  }
  return Math.max(1, Math.min(max, Math.floor(bytes / BYTES_PER_WORKER)))
}

function totalSize(inputs: readonly Input[]): number | undefined {
  let total = 0
  for (const i of inputs) {
    if (i.size === undefined) return undefined
    total += i.size
  }
  return total
}

const n = (x: number) => x.toLocaleString('en-US')

interface Ctx {
  args: CliArgs
  io: Env
  errColors: Colors
  outColors: Colors
}

/** Run the CLI; returns the exit code. Throws UsageError for bad arguments. */
export async function run(args: CliArgs, io: Env): Promise<number> {
  const ctx: Ctx = {
    args, io,
    errColors: colors(colorFor(io.stderr, args.color, io.env)),
    outColors: colors(colorFor(io.stdout, args.color, io.env)),
  }
  if (!args.inputs.length && io.stdinIsTTY) {
    throw new UsageError('No input: give files or folders, or pipe text to stdin (see unscrape --help)')
  }
  if (args.learnTemplates !== undefined) return runLearn(args, io, { jsonl: JSONL_EXTS, text: TEXT_EXTS })
  return args.jsonl ? runJsonl(ctx) : runText(ctx)
}

function sinksFor(args: CliArgs, inputs: Input[], toStdout: boolean) {
  const outs = args.outDir !== undefined ? outputPaths(inputs, args.outDir) : undefined
  const single: Sink | undefined = args.output !== undefined ? fileSink(args.output) : outs || !toStdout ? undefined : stdoutSink()
  return { outs, single }
}

async function runJsonl(ctx: Ctx): Promise<number> {
  const { args, io } = ctx
  const inputs = expandInputs(args.inputs, JSONL_EXTS)
  const workers = autoWorkers(args.workers, args.workersGiven, inputs)
  const pool = new BufferPool(4 * workers + 4)
  const executor = executorFor(jobConfig(args, args.report), workers, pool)
  const { outs, single } = sinksFor(args, inputs, true)
  const perInput: Array<Sink | undefined> = []
  const sinkOf = (i: number): Sink => single ?? (perInput[i] ??= fileSink(outs![i]!))
  const progress = startProgress(io.stderr, !args.quiet && Boolean(io.stderr.isTTY), totalSize(inputs))
  const totals = emptyTotals()
  const count = { read: 0, cleaned: 0, passed: 0, skipped: 0, failed: 0, errors: 0 }
  let warnings = 0
  const policy = args.onError === 'keep' ? 'passed through unchanged' : args.onError === 'skip' ? 'skipped' : 'stopped'

  // Bytes read so far; a batch carries the count at its cut, shown as progress once it is written.
  let bytesRead = 0
  async function* items() {
    for (let i = 0; i < inputs.length; i++) {
      const stream = openInput(inputs[i]!, (b) => { bytesRead += b })
      try {
        for await (const batch of byteBatches(stream, args.batchSize, MAX_BATCH_BYTES, pool)) {
          if (batch.full) executor.warm()
          yield { meta: { input: i, end: false, bytes: bytesRead }, task: { kind: 'jsonl' as const, data: batch.data, firstLine: batch.firstLine } }
        }
      } catch (e) {
        // A read error (a truncated or corrupt .gz) is delivered in order, after everything read
        // before it: earlier inputs are finished and kept, whatever the number of workers.
        yield { meta: { input: i, end: false, bytes: bytesRead, error: readError(inputs[i]!, e) }, task: null }
        return
      }
      yield { meta: { input: i, end: true, bytes: bytesRead }, task: null }
    }
  }

  let code = 0
  // messages during the run erase the progress bar's line first
  const say = (text: string): void => { progress.clear(); io.stderr.write(text) }
  try {
    await ordered<{ input: number; end: boolean; bytes: number; error?: string }>(items(), executor, async (meta, result) => {
      progress.state.bytes = meta.bytes
      if (meta.error !== undefined) {
        say(`unscrape: ${meta.error} (stopped)\n`)
        count.errors++
        code = 1
        return false
      }
      if (meta.end) {
        if (!single) await sinkOf(meta.input).finish()
        return
      }
      const r = result as JsonlResult
      const name = inputs[meta.input]!.name
      count.read += r.read
      count.cleaned += r.cleaned
      count.passed += r.passed
      count.skipped += r.skipped
      for (const e of r.errors) {
        if (count.errors++ < MAX_PRINTED_ERRORS) say(`unscrape: ${name}:${e.line}: ${e.reason} (${policy})\n`)
      }
      if (r.stats) mergeTotals(totals, r.stats)
      if (r.reports) {
        for (const rep of r.reports) {
          warnings += rep.messages.length
          say(formatFile(`${name}:${rep.line}`, rep.messages, ctx.errColors) + '\n\n')
        }
      }
      if (r.out.byteLength) await sinkOf(meta.input).write(r.out)
      pool.give(r.out.buffer as ArrayBuffer)
      pool.give(r.input?.buffer as ArrayBuffer | undefined)
      progress.state.records += r.read
      if (r.failed) {
        count.failed++
        count.errors++
        say(`unscrape: ${name}:${r.failed.line}: ${r.failed.reason} (--on-error fail: stopped)\n`)
        code = 1
        return false
      }
    })
    if (code === 0 && single) await single.finish()
  } catch (e) {
    code = 1
    throw e
  } finally {
    progress.stop()
    if (code !== 0) {
      single?.abort()
      for (const s of perInput) s?.abort()
    }
    await executor.close()
  }
  if (args.report && warnings) io.stderr.write(byline(warnings, ctx.errColors) + '\n')
  if (args.stats) io.stderr.write(formatStats(totals, ctx.errColors) + '\n')
  if (!args.quiet) {
    const written = count.cleaned + count.passed
    const hidden = count.errors > MAX_PRINTED_ERRORS ? ` (${n(count.errors - MAX_PRINTED_ERRORS)} more errors not shown)` : ''
    io.stderr.write(
      `unscrape: ${n(count.read)} records read, ${n(written)} written` +
      (count.passed ? ` (${n(count.passed)} passed through unchanged)` : '') +
      `, ${n(count.skipped)} skipped, ${n(count.failed)} failed${hidden}\n`,
    )
  }
  return code
}

async function runText(ctx: Ctx): Promise<number> {
  const { args, io } = ctx
  const inputs = expandInputs(args.inputs, TEXT_EXTS)
  for (const i of inputs) {
    if (i.path && JSONL_EXTS.some((x) => i.path!.endsWith(x))) {
      io.stderr.write(`unscrape: warning: '${i.name}' looks like JSON Lines; cleaning it as text (did you mean --jsonl?)\n`)
    }
  }
  const view = args.diff || args.explain
  const executor = executorFor(jobConfig(args, args.report || view), autoWorkers(args.workers, args.workersGiven, inputs))
  const { outs, single } = sinksFor(args, inputs, !view)
  const progress = startProgress(io.stderr, !args.quiet && Boolean(io.stderr.isTTY) && inputs.length > 1, totalSize(inputs), 'documents')
  const totals = emptyTotals()
  let warnings = 0
  let written = 0

  async function* items() {
    const maxDocs = 32
    const maxChars = 4 << 20
    let docs: string[] = []
    let idx: number[] = []
    let size = 0
    for (let i = 0; i < inputs.length; i++) {
      let text: string
      try {
        text = await readDocument(inputs[i]!, (b) => { progress.state.bytes += b })
      } catch (e) {
        // documents read before it are cleaned and written first (in order), then the run stops
        if (docs.length) yield { meta: { idx, docs: view ? docs : undefined }, task: { kind: 'text' as const, docs } }
        yield { meta: { idx: [], docs: undefined, error: readError(inputs[i]!, e) }, task: null }
        return
      }
      docs.push(text)
      idx.push(i)
      size += text.length
      if (docs.length >= maxDocs || size >= maxChars) {
        if (i < inputs.length - 1) executor.warm()
        yield { meta: { idx, docs: view ? docs : undefined }, task: { kind: 'text' as const, docs } }
        docs = []; idx = []; size = 0
      }
    }
    if (docs.length) yield { meta: { idx, docs: view ? docs : undefined }, task: { kind: 'text' as const, docs } }
  }

  let ok = false
  let failed: string | undefined
  const screen = stdoutSink()
  const columns = io.stdout.columns || 100
  try {
    await ordered<{ idx: number[]; docs: string[] | undefined; error?: string }>(items(), executor, async ({ idx, docs, error }, result) => {
      if (error !== undefined) { failed = error; return false }
      const r = result as TextResult
      if (r.stats) mergeTotals(totals, r.stats)
      for (let k = 0; k < idx.length; k++) {
        const input = inputs[idx[k]!]!
        const res = r.results[k]!
        if (args.report) {
          warnings += res.messages!.length
          io.stderr.write(formatFile(input.name, res.messages!, ctx.errColors) + '\n')
        }
        if (args.diff) await screen.write(formatDiff(input.name, docs![k]!, res.text, res.messages!, ctx.outColors) + '\n')
        else if (args.explain) await screen.write(formatExplain(input.name, docs![k]!, res.messages!, ctx.outColors, columns) + '\n')
        if (outs) {
          const s = fileSink(outs[idx[k]!]!)
          await s.write(res.text)
          await s.finish()
        } else if (single) await single.write(res.text)
        written++
        progress.state.records++
      }
    })
    if (failed === undefined) {
      if (single) await single.finish()
      ok = true
    }
  } finally {
    progress.stop()
    if (!ok) single?.abort()
    await executor.close()
  }
  if (failed !== undefined) io.stderr.write(`unscrape: ${failed} (stopped)\n`)
  if (args.report && warnings) io.stderr.write('\n' + byline(warnings, ctx.errColors) + '\n')
  if (args.stats) io.stderr.write(formatStats(totals, ctx.errColors) + '\n')
  if (!args.quiet && (outs || inputs.length > 1)) {
    io.stderr.write(`unscrape: ${n(inputs.length)} documents read, ${n(written)} written\n`)
  }
  return failed === undefined ? 0 : 1
}

/** A read error that names the input ("Cannot read 'b.jsonl.gz': unexpected end of file"). */
function readError(input: Input, e: unknown): string {
  const err = e as NodeJS.ErrnoException
  return `Cannot read '${input.name}': ${err.code && !/^Z_/.test(err.code) ? err.code : err.message ?? String(e)}`
}
