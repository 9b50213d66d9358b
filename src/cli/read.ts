/**
 * Streaming readers. JSONL input is cut into batches of whole lines as raw bytes (one await per
 * chunk, not per line; newlines found with memchr); the generator is pulled by the ordered
 * dispatcher, so reading pauses while enough batches are in flight: memory stays constant
 * whatever the input size. The main thread never decodes records.
 */
import { createReadStream } from 'node:fs'
import { open, readFile } from 'node:fs/promises'
import { createGunzip, gunzipSync } from 'node:zlib'
import { pipeline } from 'node:stream'
import type { Input } from './inputs.js'
import type { BufferPool } from './buffers.js'

/** Bytes per read. */
const CHUNK = 1 << 16

/**
 * The bytes of an input, gunzipped when its name ends in `.gz`. `onBytes` counts raw (compressed)
 * bytes, for progress against the size on disk. A yielded chunk is valid only until the next one
 * is pulled (plain files are read into one reused buffer).
 */
export function openInput(input: Input, onBytes: (n: number) => void): AsyncIterable<Uint8Array> {
  if (input.path === null) return stdinMaybeGzip(process.stdin, onBytes)
  if (input.path.endsWith('.gz')) {
    const raw = createReadStream(input.path, { highWaterMark: CHUNK })
    // Both listeners attach in this tick, before the stream flows: no chunk is missed.
    raw.on('data', (chunk: string | Buffer) => onBytes(chunk.length))
    const gunzip = createGunzip({ chunkSize: CHUNK })
    pipeline(raw, gunzip, () => { /* errors surface on gunzip's iterator */ })
    return gunzip
  }
  return fileChunks(input.path, onBytes)
}

async function* fileChunks(path: string, onBytes: (n: number) => void): AsyncGenerator<Uint8Array> {
  const fh = await open(path, 'r')
  try {
    const buf = Buffer.allocUnsafeSlow(CHUNK)
    for (;;) {
      const { bytesRead } = await fh.read(buf, 0, CHUNK, null)
      if (bytesRead === 0) return
      onBytes(bytesRead)
      yield buf.subarray(0, bytesRead)
    }
  } finally {
    await fh.close()
  }
}

/** Whether bytes start with the gzip magic number. */
const isGzip = (b: Uint8Array): boolean => b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b

/**
 * Standard input, gunzipped when it starts with the gzip magic number (`unscrape --jsonl <
 * crawl.jsonl.gz`): a pipe has no file name to go by. `onBytes` counts the raw bytes.
 */
async function* stdinMaybeGzip(stream: AsyncIterable<Buffer>, onBytes: (n: number) => void): AsyncGenerator<Uint8Array> {
  const it = stream[Symbol.asyncIterator]()
  // A pipe may deliver its first bytes one at a time (a slow producer): gather at least 3, enough
  // for the gzip magic number here and for a byte-order mark in the batch reader.
  let head = await it.next()
  if (head.done) return
  onBytes(head.value.length)
  while (head.value.length < 3) {
    const more = await it.next()
    if (more.done) break
    onBytes(more.value.length)
    head = { done: false, value: Buffer.concat([head.value, more.value]) }
  }
  const first = head
  if (!isGzip(first.value)) {
    yield first.value
    for (let n = await it.next(); !n.done; n = await it.next()) {
      onBytes(n.value.length)
      yield n.value
    }
    return
  }
  const gunzip = createGunzip({ chunkSize: CHUNK })
  const feed = async () => {
    if (!gunzip.write(first.value)) await new Promise((r) => gunzip.once('drain', r))
    for (let n = await it.next(); !n.done; n = await it.next()) {
      onBytes(n.value.length)
      if (!gunzip.write(n.value)) await new Promise((r) => gunzip.once('drain', r))
    }
    gunzip.end()
  }
  feed().catch((e: Error) => gunzip.destroy(e))
  yield* gunzip
}

export interface ByteBatch {
  /** Whole lines (the last one may lack its newline at the end of the input), in a pooled buffer. */
  data: Uint8Array
  /** Line number (1-based) of the first line in its input. */
  firstLine: number
  /** Cut at a limit (more lines follow), not at the end of the input. */
  full: boolean
}

/**
 * Batches of whole lines, as bytes: at most `maxLines` lines, and cut at the first line end past
 * `maxBytes`. Bytes are copied into buffers from `pool` (the consumer gives them back). A UTF-8
 * byte-order mark at the start of the input is dropped.
 */
export async function* byteBatches(chunks: AsyncIterable<Uint8Array>, maxLines: number, maxBytes: number, pool: BufferPool): AsyncGenerator<ByteBatch> {
  let buf = new Uint8Array(pool.take(Math.min(maxBytes, 1 << 20) + CHUNK))
  let len = 0
  let lines = 0
  let firstLine = 1
  let atStart = true
  const append = (src: Uint8Array) => {
    if (len + src.length > buf.length) {
      const next = new Uint8Array(pool.take(Math.max(len + src.length, buf.length * 2)))
      next.set(buf.subarray(0, len))
      pool.give(buf.buffer as ArrayBuffer)
      buf = next
    }
    buf.set(src, len)
    len += src.length
  }
  const cut = (full: boolean): ByteBatch => {
    const batch = { data: buf.subarray(0, len), firstLine, full }
    buf = new Uint8Array(pool.take(batch.data.length + CHUNK))
    len = 0
    firstLine += lines
    lines = 0
    return batch
  }
  for await (let chunk of chunks) {
    if (atStart) {
      // A BOM split across chunks is not worth handling: inputs start with a whole chunk.
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3)
      atStart = chunk.length === 0
    }
    let from = 0
    let nl = chunk.indexOf(10)
    while (nl !== -1) {
      lines++
      if (lines >= maxLines || len + nl + 1 - from >= maxBytes) {
        append(chunk.subarray(from, nl + 1))
        from = nl + 1
        yield cut(true)
      }
      nl = chunk.indexOf(10, nl + 1)
    }
    if (from < chunk.length) append(chunk.subarray(from))
  }
  if (len) yield cut(false)
  else pool.give(buf.buffer as ArrayBuffer)
}

/** A whole text document (gunzipped when the name ends in `.gz`). */
export async function readDocument(input: Input, onBytes: (n: number) => void): Promise<string> {
  if (input.path === null) {
    const chunks: Buffer[] = []
    for await (const c of process.stdin) { chunks.push(c as Buffer); onBytes((c as Buffer).length) }
    const all = Buffer.concat(chunks)
    return decode(isGzip(all) ? gunzipSync(all) : all)
  }
  let buf = await readFile(input.path)
  onBytes(buf.length)
  if (input.path.endsWith('.gz')) buf = gunzipSync(buf)
  return decode(buf)
}

function decode(buf: Buffer): string {
  const s = buf.toString('utf8')
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s
}
