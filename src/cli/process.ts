/**
 * Batch processing shared by the main thread and the worker threads: the same function cleans a
 * batch wherever it runs, so one worker and many workers give the same bytes.
 */
import type { CleanMessage, CleanOptions, CleanResult } from '../types.js'
import { createCleaner, type Cleaner } from '../pipeline.js'
import { getPath, parsePath, replaceAt, setMember, type PathSegment } from './json-path.js'

export type OnError = 'fail' | 'skip' | 'keep'

/** Everything a processor needs; structured-cloneable (it is the workers' workerData). */
export interface JobConfig {
  options: CleanOptions
  /** Dotted path of the JSONL field to clean. */
  field: string
  /** Top-level member that receives `{ messages, stats }`. */
  reportField?: string
  onError: OnError
  /** Collect per-cleaner stats (for --stats). */
  stats: boolean
  /** Return each document's messages (for --report, --explain, --diff). */
  messages: boolean
  /** Parse and rewrite records without cleaning: the I/O baseline of the benchmark. */
  noClean?: boolean
}

/**
 * A batch of whole JSONL lines as UTF-8 bytes (cut at a newline by the reader). Bytes, not
 * strings: the main thread never turns records into JavaScript strings, so its heap stays small,
 * and the buffer is transferred to the worker without a copy.
 */
export interface JsonlTask {
  kind: 'jsonl'
  data: Uint8Array
  firstLine: number
  /** A spare buffer to write the output into (grown when too small). */
  outBuffer?: ArrayBuffer
}
export interface TextTask { kind: 'text'; docs: string[] }
export type Task = JsonlTask | TextTask

export interface RecordError { line: number; reason: string }

/** Per-cleaner totals; `docs` counts documents the cleaner changed. */
export interface CleanerTotals { docs: number; lines: number; chars: number; rewrites: number }
export interface StatsTotals {
  docs: number
  inputChars: number
  outputChars: number
  cleaners: Record<string, CleanerTotals>
}

export interface JsonlResult {
  kind: 'jsonl'
  /** Output lines, each ending in `\n`, as UTF-8 (transferred back without a copy). */
  out: Uint8Array
  /** The task's input bytes, handed back for reuse. */
  input?: Uint8Array
  /** Records seen (lines not blank in JSON's sense: spaces, tabs, \r); equals cleaned + passed + skipped + (failed ? 1 : 0). */
  read: number
  cleaned: number
  /** Records passed through unchanged after an error (--on-error keep). */
  passed: number
  skipped: number
  errors: RecordError[]
  /** --on-error fail: the record that stopped the run; nothing after it was processed. */
  failed?: RecordError
  stats?: StatsTotals
  /** With `messages`: the messages of each record that has any, by line number. */
  reports?: Array<{ line: number; messages: CleanMessage[] }>
}

export interface TextResult {
  kind: 'text'
  results: Array<Pick<CleanResult, 'text'> & Partial<CleanResult>>
  stats?: StatsTotals
}

export type TaskResult = JsonlResult | TextResult

export function emptyTotals(): StatsTotals {
  return { docs: 0, inputChars: 0, outputChars: 0, cleaners: {} }
}

export function addResult(t: StatsTotals, r: CleanResult): void {
  t.docs++
  t.inputChars += r.stats.inputChars
  t.outputChars += r.stats.outputChars
  for (const [id, s] of Object.entries(r.stats.cleaners)) {
    const c = (t.cleaners[id] ??= { docs: 0, lines: 0, chars: 0, rewrites: 0 })
    c.docs++
    c.lines += s.lines
    c.chars += s.chars
    c.rewrites += s.rewrites
  }
}

export function mergeTotals(into: StatsTotals, from: StatsTotals): void {
  into.docs += from.docs
  into.inputChars += from.inputChars
  into.outputChars += from.outputChars
  for (const [id, s] of Object.entries(from.cleaners)) {
    const c = (into.cleaners[id] ??= { docs: 0, lines: 0, chars: 0, rewrites: 0 })
    c.docs += s.docs
    c.lines += s.lines
    c.chars += s.chars
    c.rewrites += s.rewrites
  }
}

/** Lines encoded as UTF-8 into a growing buffer of its own (transferable). */
class ByteWriter {
  private buf: Buffer
  private len = 0
  constructor(buffer: ArrayBuffer) {
    this.buf = Buffer.from(buffer)
  }
  line(s: string): void {
    const need = this.len + s.length * 3 + 1
    if (need > this.buf.length) {
      const next = Buffer.from(new ArrayBuffer(Math.max(need, this.buf.length * 2)))
      this.buf.copy(next, 0, 0, this.len)
      this.buf = next
    }
    this.len += this.buf.write(s, this.len)
    this.buf[this.len++] = 10
  }
  /** A line as it came, byte for byte. */
  raw(bytes: Uint8Array): void {
    const need = this.len + bytes.length + 1
    if (need > this.buf.length) {
      const next = Buffer.from(new ArrayBuffer(Math.max(need, this.buf.length * 2)))
      this.buf.copy(next, 0, 0, this.len)
      this.buf = next
    }
    this.buf.set(bytes, this.len)
    this.len += bytes.length
    this.buf[this.len++] = 10
  }
  bytes(): Uint8Array {
    return new Uint8Array(this.buf.buffer, 0, this.len)
  }
}

const typeName = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v)

function shortError(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e)
  return m.length > 160 ? m.slice(0, 157) + '…' : m
}

/** Compile once; returns the function that processes one task. */
export function createProcessor(config: JobConfig): (task: Task) => TaskResult {
  const cleaner: Cleaner = createCleaner(config.options)
  const path: PathSegment[] = parsePath(config.field)
  const detailed = config.stats || config.messages || config.reportField !== undefined
  const run = (text: string): CleanResult =>
    config.noClean
      ? { text, messages: [], stats: { inputChars: text.length, outputChars: text.length, inputLines: 0, keptLines: 0, cleaners: {} } }
      : detailed ? cleaner.run(text) : { text: cleaner.clean(text), messages: [], stats: undefined as never }

  const JSON_BLANK = /^[ \t\r]*$/
  function jsonl(task: JsonlTask): JsonlResult {
    const res: JsonlResult = { kind: 'jsonl', out: task.data.subarray(0, 0), input: task.data, read: 0, cleaned: 0, passed: 0, skipped: 0, errors: [] }
    if (config.stats) res.stats = emptyTotals()
    if (config.messages) res.reports = []
    // Lines are decoded one at a time and encoded into `out` as soon as they are done: every string
    // of a record dies young in V8's scavenger; nothing batch-sized lives on the JavaScript heap.
    const data = Buffer.from(task.data.buffer, task.data.byteOffset, task.data.byteLength)
    const out = new ByteWriter(task.outBuffer ?? new ArrayBuffer(data.length + 4096))
    const { firstLine } = task
    for (let i = 0, pos = 0; pos < data.length; i++) {
      let nl = data.indexOf(10, pos)
      if (nl === -1) nl = data.length
      // The line's own bytes (without its \n or \r\n), for records passed through unchanged.
      const bytes = data.subarray(pos, nl > pos && data[nl - 1] === 13 ? nl - 1 : nl)
      pos = nl + 1
      const line = bytes.toString('utf8')
      // blank: JSON white space only (a no-break space or U+3000 is not JSON, and is reported)
      if (JSON_BLANK.test(line)) continue
      res.read++
      const lineNo = firstLine + i
      let reason: string | null = null
      let record: unknown
      try {
        record = JSON.parse(line)
      } catch (e) {
        reason = `malformed JSON (${shortError(e)})`
      }
      let value: unknown
      if (reason === null && config.reportField !== undefined && (typeof record !== 'object' || record === null || Array.isArray(record))) {
        // the report is a member of the record: an array or a bare value has no place for it
        reason = `record is ${typeName(record)}, expected an object for --report-field`
      }
      if (reason === null) {
        value = getPath(record, path)
        if (value === undefined) reason = `field '${config.field}' is missing`
        else if (typeof value !== 'string') reason = `field '${config.field}' is ${typeName(value)}, expected a string`
      }
      if (reason !== null) {
        const err = { line: lineNo, reason }
        if (config.onError === 'fail') { res.failed = err; break }
        res.errors.push(err)
        if (config.onError === 'skip') res.skipped++
        else { res.passed++; out.raw(bytes) }
        continue
      }
      const r = run(value as string)
      if (res.stats) addResult(res.stats, r)
      if (res.reports && r.messages.length) res.reports.push({ line: lineNo, messages: r.messages })
      res.cleaned++
      // Unchanged text keeps the record byte for byte (the --no-clean baseline always re-serialises).
      const unchanged = r.text === value && !config.noClean
      if (unchanged && config.reportField === undefined) { out.raw(bytes); continue }
      let next = unchanged ? line : replaceAt(line, path, JSON.stringify(r.text))!
      if (config.reportField !== undefined) {
        next = setMember(next, config.reportField, JSON.stringify({ messages: r.messages, stats: r.stats }))
      }
      out.line(next)
    }
    res.out = out.bytes()
    return res
  }

  function text(task: TextTask): TextResult {
    const res: TextResult = { kind: 'text', results: [] }
    if (config.stats) res.stats = emptyTotals()
    for (const doc of task.docs) {
      const r = run(doc)
      if (res.stats) addResult(res.stats, r)
      res.results.push(config.messages ? r : { text: r.text })
    }
    return res
  }

  return (task) => (task.kind === 'jsonl' ? jsonl(task) : text(task))
}
