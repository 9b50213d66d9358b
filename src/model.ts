import type { Line } from './types.js'
import { BLANK_LINE, LINE_BREAK } from './patterns.js'

/**
 * Split a document once into lines with their original offsets, and number the blocks
 * (runs of non-blank lines between blank lines). Line breaks are CRLF, CR, LF, U+2028, U+2029.
 */
export function splitLines(text: string, isProtected?: (raw: string) => boolean): Line[] {
  const lines: Line[] = []
  let start = 0
  let n = 0
  const push = (end: number) => {
    const raw = text.slice(start, end)
    lines.push({
      index: n,
      line: n + 1,
      start,
      end,
      raw,
      text: raw,
      blank: BLANK_LINE.test(raw),
      block: -1,
      removedBy: null,
      joinedTo: -1,
      protected: isProtected ? isProtected(raw) : false,
    })
    n++
  }
  LINE_BREAK.lastIndex = 0
  for (const m of text.matchAll(LINE_BREAK)) {
    push(m.index!)
    start = m.index! + m[0].length
  }
  push(text.length)
  numberBlocks(lines)
  return lines
}

/** Assign block numbers from the current `blank` flags. */
export function numberBlocks(lines: Line[]): void {
  let block = -1
  let inBlock = false
  for (const l of lines) {
    if (l.blank) { l.block = -1; inBlock = false; continue }
    if (!inBlock) { block++; inBlock = true }
    l.block = block
  }
}
