import type { DocumentView, Line, Position } from './types.js'
import { isHeadlineShaped, isProse } from './features.js'

/** The position of a whole line in the original text (for messages and their `cause`). */
export function linePosition(l: Line): Position {
  return {
    start: { line: l.line, column: 1, offset: l.start },
    end: { line: l.line, column: l.raw.length + 1, offset: l.end },
  }
}

/** Lower-case words of a line, punctuation dropped: the key for comparing lines. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean)
}

const NON_WORD = /[^\p{L}\p{M}\p{N}]+/gu

/** A comparison key: lower-case words joined by one space. */
export function lineKey(text: string): string {
  return text.toLowerCase().replace(NON_WORD, ' ').trim()
}

/**
 * The headline: the first of the first `window` kept lines that is headline-shaped and has
 * article prose within the next six kept lines. Returns its position in `kept`, or -1.
 */
export function findHeadline(doc: DocumentView, kept: readonly number[], window = 8): number {
  const n = Math.min(kept.length, window)
  for (let k = 0; k < n; k++) {
    const i = kept[k]!
    const f = doc.features(i)
    if (f.words < 3 || !isHeadlineShaped(f, doc.lines[i]!.text)) continue
    for (let q = k + 1; q < Math.min(kept.length, k + 7); q++) {
      if (isProse(doc.features(kept[q]!))) return k
    }
  }
  return -1
}

/** Position in `kept` of the first prose line at or after `from`, or kept.length. */
export function firstProse(doc: DocumentView, kept: readonly number[], from = 0): number {
  for (let k = from; k < kept.length; k++) if (isProse(doc.features(kept[k]!))) return k
  return kept.length
}
