/**
 * Piscina worker: compiles the cleaner once from workerData, then processes batches. JSONL input
 * and output buffers go back to the main thread by transfer, for reuse (see buffers.ts).
 * Built to dist/cli-worker.js.
 */
import { workerData } from 'node:worker_threads'
import { move, transferableSymbol, valueSymbol } from 'piscina'
import { createProcessor, type JobConfig, type Task, type TaskResult } from './process.js'

const processTask = createProcessor(workerData as JobConfig)

export default function run(task: Task): unknown {
  const result: TaskResult = processTask(task)
  if (result.kind !== 'jsonl') return result
  const buffers = new Set<ArrayBuffer>([result.out.buffer as ArrayBuffer])
  if (result.input) buffers.add(result.input.buffer as ArrayBuffer)
  return move({
    get [transferableSymbol]() { return [...buffers] },
    get [valueSymbol]() { return result },
  } as never)
}
