/**
 * Output sinks. Files are written under a temporary dot-name in the target folder and renamed
 * when complete, so an interrupted run never leaves a file that looks finished (pipes and devices
 * are written to directly, and links followed: see outputPlan); `.gz` targets are
 * gzipped. Writes wait for 'drain' (backpressure), so a slow consumer bounds memory.
 */
import { chmodSync, createWriteStream, lstatSync, mkdirSync, realpathSync, renameSync, rmSync, statSync, type WriteStream } from 'node:fs'
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

/** An error about the output the user named (not the temporary file, and not "read"). */
function writeError(output: string, e: unknown): Error {
  const code = (e as NodeJS.ErrnoException).code
  return new Error(`Cannot write '${output}': ${code ?? (e as Error).message}`)
}

/**
 * Where and how to write `output`. A regular file (or a new name) is written atomically: a
 * temporary file in the same folder, renamed over it when complete, with the old file's mode; a
 * symbolic link is followed, so that the file it points to is replaced and the link stays. Anything
 * else that exists (a named pipe, `/dev/stdout`, `/dev/null`, `>(gzip > x)`) is written to
 * directly: replacing it would break the pipe, or a device of the whole system. A folder is refused.
 */
export function outputPlan(output: string): { path: string; direct: boolean; mode?: number } {
  let st: ReturnType<typeof statSync> | undefined
  try { st = statSync(output) } catch { st = undefined }
  if (!st) {
    // nothing there, or a link to nothing: the link is followed when the file is created
    let link = false
    try { link = lstatSync(output).isSymbolicLink() } catch { /* no entry */ }
    return { path: output, direct: link }
  }
  if (st.isDirectory()) throw new Error(`Cannot write '${output}': it is a folder`)
  if (!st.isFile()) return { path: output, direct: true }
  return { path: realpathSync(output), direct: false, mode: st.mode & 0o7777 }
}

/**
 * A file written atomically (temporary name, then rename; see outputPlan for what is written
 * directly); gzip when the name ends in `.gz`. Errors name `target` as given.
 */
export function fileSink(target: string): Sink {
  const plan = outputPlan(target)
  const dir = dirname(plan.path)
  try { mkdirSync(dir, { recursive: true }) } catch (e) { throw writeError(target, e) }
  const tmp = plan.direct ? plan.path : join(dir, `.${basename(plan.path)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`)
  if (!plan.direct) temps.add(tmp)
  const file: WriteStream = createWriteStream(tmp, plan.mode === undefined ? undefined : { mode: plan.mode })
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
      if (plan.direct) return
      try {
        if (plan.mode !== undefined) chmodSync(tmp, plan.mode)
        renameSync(tmp, plan.path)
      } catch (e) {
        throw writeError(target, e)
      }
      temps.delete(tmp)
    },
    abort() {
      head.destroy()
      if (gzip) file.destroy()
      if (plan.direct) return
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
