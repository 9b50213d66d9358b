/**
 * Output sinks. Files are written under a temporary dot-name in the target folder and renamed
 * when complete, so an interrupted run never leaves a file that looks finished; `.gz` targets are
 * gzipped. Writes wait for 'drain' (backpressure), so a slow consumer bounds memory.
 */
import { createWriteStream, mkdirSync, renameSync, rmSync, type WriteStream } from 'node:fs'
import { once } from 'node:events'
import { basename, dirname, join } from 'node:path'
import { createGzip, type Gzip } from 'node:zlib'
import type { Writable } from 'node:stream'

export interface Sink {
  write(chunk: string | Uint8Array): Promise<void>
  /** Flush and publish (rename into place). */
  finish(): Promise<void>
  /** Drop everything written (delete the temporary file). */
  abort(): void
}

const temps = new Set<string>()

/** Delete temporary files of unfinished outputs (on errors and signals). */
export function removeTemps(): void {
  for (const t of temps) {
    try { rmSync(t, { force: true }) } catch { /* best effort */ }
  }
  temps.clear()
}

/**
 * Resolves when the chunk has been handed to the operating system (or to zlib): one write at a
 * time, which is all the backpressure a batch-sized writer needs, and the moment a pooled buffer
 * may be reused.
 */
function writeTo(stream: Writable, chunk: string | Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(chunk, (err) => (err ? reject(err) : resolve()))
  })
}

/** A file written atomically (temporary name, then rename); gzip when the name ends in `.gz`. */
export function fileSink(target: string): Sink {
  const dir = dirname(target)
  mkdirSync(dir, { recursive: true })
  const tmp = join(dir, `.${basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`)
  temps.add(tmp)
  const file: WriteStream = createWriteStream(tmp)
  let failure: Error | undefined
  const gzip: Gzip | undefined = target.endsWith('.gz') ? createGzip() : undefined
  file.on('error', (e) => { failure = e; gzip?.destroy(e) })
  if (gzip) {
    gzip.on('error', (e) => { failure = e })
    gzip.pipe(file)
  }
  const head: Writable = gzip ?? file
  const check = () => {
    if (failure) throw new Error(`Cannot write '${target}': ${(failure as NodeJS.ErrnoException).code ?? failure.message}`)
  }
  return {
    write(chunk) {
      check()
      return writeTo(head, chunk)
    },
    async finish() {
      check()
      const closed = once(file, 'close')
      head.end()
      await closed
      check()
      renameSync(tmp, target)
      temps.delete(tmp)
    },
    abort() {
      head.destroy()
      if (gzip) file.destroy()
      try { rmSync(tmp, { force: true }) } catch { /* best effort */ }
      temps.delete(tmp)
    },
  }
}

/** Standard output, with backpressure. EPIPE is handled once for the whole process (see main). */
export function stdoutSink(): Sink {
  return {
    write: (chunk) => writeTo(process.stdout, chunk),
    finish: async () => {
      if (process.stdout.writableNeedDrain) await once(process.stdout, 'drain')
    },
    abort: () => {},
  }
}
