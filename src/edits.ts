import type { Edit } from './types.js'

/**
 * Tracks the rewrites of one line so that every edit maps back to a span of the ORIGINAL line.
 * `from[i]`/`to[i]` give the original span that character i of the current text came from;
 * characters that an edit produced all map to the whole original span it replaced.
 * Lines that are never rewritten never allocate these arrays.
 */
export class LineEdits {
  from: Int32Array
  to: Int32Array
  constructor(length: number) {
    this.from = new Int32Array(length)
    this.to = new Int32Array(length)
    for (let i = 0; i < length; i++) { this.from[i] = i; this.to[i] = i + 1 }
  }

  /** Original span [start, end) of current span [s, e). */
  span(s: number, e: number, originalLength: number): [number, number] {
    const len = this.from.length
    if (e > s) return [this.from[s]!, this.to[e - 1]!]
    if (s < len) return [this.from[s]!, this.from[s]!]
    const p = len ? this.to[len - 1]! : originalLength
    return [p, p]
  }

  /** Apply sorted, non-overlapping edits to `text`; returns the new text and updates the map. */
  apply(text: string, edits: readonly Edit[]): string {
    const parts: string[] = []
    const from: number[] = []
    const to: number[] = []
    let pos = 0
    for (const e of edits) {
      for (let i = pos; i < e.start; i++) { from.push(this.from[i]!); to.push(this.to[i]!) }
      parts.push(text.slice(pos, e.start), e.text)
      const [os, oe] = this.span(e.start, e.end, 0)
      for (let i = 0; i < e.text.length; i++) { from.push(os); to.push(oe) }
      pos = e.end
    }
    for (let i = pos; i < text.length; i++) { from.push(this.from[i]!); to.push(this.to[i]!) }
    parts.push(text.slice(pos))
    this.from = Int32Array.from(from)
    this.to = Int32Array.from(to)
    return parts.join('')
  }
}

/** Check that edits are sorted, non-overlapping and inside the text; throws otherwise (a cleaner bug). */
export function assertEdits(edits: readonly Edit[], length: number, id: string): void {
  let pos = 0
  for (const e of edits) {
    if (!(e.start >= pos && e.end >= e.start && e.end <= length)) {
      throw new Error(`Cleaner \`${id}\` returned an invalid edit ${e.start}-${e.end} (text length ${length})`)
    }
    pos = e.end
  }
}
