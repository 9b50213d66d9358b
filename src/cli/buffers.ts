/**
 * Reusable byte buffers for the JSONL path. A batch's input and output buffers travel to a worker
 * and back (transferred, never copied) and are reused for later batches, so a run allocates a
 * fixed handful of buffers instead of two per batch. This matters for memory: ArrayBuffers live
 * outside V8's heap, and a main thread that allocates little JavaScript garbage collects rarely,
 * so buffers dropped after each batch would pile up (tens of MB) before V8 frees them.
 */
export class BufferPool {
  private readonly free: ArrayBuffer[] = []
  constructor(private readonly keep: number) {}

  /** A buffer of at least `min` bytes (reused when one is free). */
  take(min: number): ArrayBuffer {
    let best = -1
    for (let i = 0; i < this.free.length; i++) {
      const b = this.free[i]!
      if (b.byteLength >= min && (best === -1 || b.byteLength < this.free[best]!.byteLength)) best = i
    }
    if (best !== -1) return this.free.splice(best, 1)[0]!
    return new ArrayBuffer(Math.max(min, 1 << 16))
  }

  /** Hand a buffer back once nothing reads it any more (detached buffers are ignored). */
  give(b: ArrayBuffer | undefined): void {
    if (!b || b.byteLength === 0) return
    if (this.free.length < this.keep) this.free.push(b)
    else {
      // Keep the largest ones: batches tend to need the size they needed before.
      let smallest = 0
      for (let i = 1; i < this.free.length; i++) if (this.free[i]!.byteLength < this.free[smallest]!.byteLength) smallest = i
      if (this.free[smallest]!.byteLength < b.byteLength) this.free[smallest] = b
    }
  }
}
