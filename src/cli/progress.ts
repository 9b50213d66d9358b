/**
 * Progress on stderr: records, MB read, MB/s and, when the total size is known, a bar and an ETA.
 * Only on a TTY and without --quiet; redrawn at most every 200 ms, erased at the end.
 */

export interface ProgressState {
  records: number
  /** Bytes of input done: read up to the end of the last batch written (compressed bytes for .gz files). */
  bytes: number
  /** Total bytes of all inputs, when known. */
  total: number | undefined
}

const MB = 1024 * 1024

export function formatDuration(s: number): string {
  if (!Number.isFinite(s) || s < 0) return '?'
  s = Math.round(s)
  if (s < 60) return `${s}s`
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`
}

/** One progress line (no terminal codes). */
export function formatProgress(p: ProgressState, elapsedMs: number, unit = 'records', columns = 80): string {
  const secs = Math.max(elapsedMs / 1000, 1e-3)
  const rate = p.bytes / MB / secs
  const parts = [`${p.records.toLocaleString('en-US')} ${unit}`]
  if (p.total !== undefined && p.total > 0) {
    const frac = Math.min(1, p.bytes / p.total)
    parts.push(`${(p.bytes / MB).toFixed(1)}/${(p.total / MB).toFixed(1)} MB`, `${rate.toFixed(1)} MB/s`)
    parts.push(`ETA ${rate > 0 ? formatDuration((p.total - p.bytes) / MB / rate) : '?'}`)
    const text = parts.join('  ')
    const barWidth = 24
    if (columns - text.length - 8 >= barWidth) {
      const fill = Math.round(frac * barWidth)
      return `[${'#'.repeat(fill)}${'.'.repeat(barWidth - fill)}] ${String(Math.floor(frac * 100)).padStart(3)}%  ${text}`
    }
    return text
  }
  parts.push(`${(p.bytes / MB).toFixed(1)} MB`, `${rate.toFixed(1)} MB/s`)
  return parts.join('  ')
}

export interface Progress {
  readonly state: ProgressState
  /** Erase the bar's line, so that a message printed next starts on a clean line (the bar is drawn again on the next tick). */
  clear(): void
  stop(): void
}

export function startProgress(stream: NodeJS.WriteStream, enabled: boolean, total: number | undefined, unit?: string): Progress {
  const state: ProgressState = { records: 0, bytes: 0, total }
  if (!enabled) return { state, clear() {}, stop() {} }
  const started = Date.now()
  const draw = () => stream.write(`\r\u001B[2K${formatProgress(state, Date.now() - started, unit, stream.columns || 80)}`)
  const timer = setInterval(draw, 200)
  timer.unref()
  return {
    state,
    clear() {
      stream.write('\r\u001B[2K')
    },
    stop() {
      clearInterval(timer)
      stream.write('\r\u001B[2K')
    },
  }
}
