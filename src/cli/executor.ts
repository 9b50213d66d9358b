/**
 * Where batches run: in the main thread, or on a piscina pool that is started lazily, only when
 * there is more than one batch of work (one small document never pays for starting threads).
 * Results are always consumed in submission order by the caller.
 */
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import type { Piscina } from 'piscina'
import { createProcessor, type JobConfig, type Task, type TaskResult } from './process.js'
import type { BufferPool } from './buffers.js'

export interface Executor {
  run(task: Task): Promise<TaskResult>
  /** More than one batch is coming: start the threads now, while the first batch runs inline. */
  warm(): void
  /** Batches that may be in flight at once (bounds memory). */
  readonly maxInFlight: number
  close(): Promise<void>
}

/** The worker file, next to the built CLI (dist/cli-worker.js). */
export function workerFile(): string {
  return fileURLToPath(new URL('./cli-worker.js', import.meta.url))
}

/**
 * Heap limits per worker thread. A worker holds the compiled cleaner and one batch; without limits
 * V8 lets each thread's heap grow lazily to 100 MB and more before collecting. The old generation
 * limit (UNSCRAPE_WORKER_HEAP_MB, default 256) is generous enough for documents of tens of MB; a
 * batch that still runs out of memory is retried in the main thread, which has no such limit.
 */
function workerLimits(): { maxYoungGenerationSizeMb: number; maxOldGenerationSizeMb: number } {
  const mb = Number(process.env.UNSCRAPE_WORKER_HEAP_MB)
  return { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: Number.isFinite(mb) && mb > 0 ? mb : 256 }
}

export function createExecutor(config: JobConfig, workers: number, pool?: BufferPool): Executor {
  const inline = createProcessor(config) // also validates the options before any thread starts
  const withBuffer = (task: Task): Task =>
    pool && task.kind === 'jsonl' ? { ...task, outBuffer: pool.take(task.data.length + 4096) } : task
  if (workers <= 1) {
    return {
      maxInFlight: 1,
      run: async (task) => inline(withBuffer(task)),
      warm: () => {},
      close: async () => {},
    }
  }
  const filename = workerFile()
  if (!existsSync(filename)) throw new Error(`Cannot find the worker file ${filename}; run the build, or use --workers 1`)
  let pool_: Piscina | undefined
  let submitted = 0
  // Loaded synchronously, when needed: the threads then start loading while the main thread is
  // busy with the first batch (an async import would wait for it).
  const start = (): Piscina => {
    if (!pool_) {
      const PiscinaClass = createRequire(import.meta.url)('piscina') as typeof Piscina
      pool_ = new PiscinaClass({
        filename,
        workerData: config,
        minThreads: workers,
        maxThreads: workers,
        idleTimeout: 60_000,
        resourceLimits: workerLimits(),
      })
    }
    return pool_
  }
  return {
    maxInFlight: workers * 2,
    warm() { start() },
    async run(task) {
      // The first batch runs inline unless warm() said more are coming (a single small input
      // never starts threads; a large one keeps the main thread free for I/O).
      if (submitted++ === 0 && !pool_) return inline(withBuffer(task))
      const p = start()
      if (task.kind === 'text') return p.run(task) as Promise<TaskResult>
      // JSONL bytes move to the worker and back (see buffers.ts).
      const t = withBuffer(task) as typeof task
      // Keep the input to retry a batch whose worker runs out of memory (in a pooled copy).
      const keep = pool ? new Uint8Array(pool.take(t.data.length), 0, t.data.length) : t.data.slice()
      keep.set(t.data)
      try {
        const r = (await p.run(t, { transferList: [t.data.buffer as ArrayBuffer, t.outBuffer!] })) as TaskResult
        pool?.give(keep.buffer as ArrayBuffer)
        return r
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ERR_WORKER_OUT_OF_MEMORY') throw e
        return inline({ kind: 'jsonl', data: keep, firstLine: t.firstLine })
      }
    },
    async close() {
      if (pool_) await pool_.destroy()
    },
  }
}
