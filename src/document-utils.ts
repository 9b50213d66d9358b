import type { DocumentView, Line, Position } from './types.js'
import { bmpClassTable, isHeadlineShaped, isProse } from './features.js'
import { QUESTION } from './patterns.js'

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
  const lower = text.toLowerCase()
  // Without astral characters the class table tells letters, marks and digits exactly: the words
  // are found in one scan, and a line that is already its own key is returned as it is.
  const cls = bmpClassTable(lower)
  if (!cls) return lower.replace(NON_WORD, ' ').trim()
  const n = lower.length
  let plain = true // words separated by single spaces, nothing at the ends
  let prevWord = false
  for (let i = 0; i < n; i++) {
    const word = cls[lower.charCodeAt(i)] !== 0
    if (!word && (!prevWord || lower.charCodeAt(i) !== 32 || i === n - 1)) { plain = false; break }
    prevWord = word
  }
  if (plain) return lower
  let out = ''
  let i = 0
  while (i < n) {
    while (i < n && cls[lower.charCodeAt(i)] === 0) i++
    if (i === n) break
    const s = i
    while (i < n && cls[lower.charCodeAt(i)] !== 0) i++
    out = out ? `${out} ${lower.slice(s, i)}` : lower.slice(s, i)
  }
  return out
}

/**
 * Remember a pure function of a line's text for the rounds of one document: the pipeline runs the
 * document cleaners again on what is left, over the same line texts. Holds one document at a time
 * (emptied when another document comes).
 */
export function perDocument<T>(fn: (text: string) => T): (doc: DocumentView, text: string) => T {
  let current: string | undefined
  let memo = new Map<string, T>()
  return (doc, text) => {
    if (doc.text !== current) {
      current = doc.text
      memo = new Map()
    }
    let v = memo.get(text)
    if (v === undefined && !memo.has(text)) {
      v = fn(text)
      memo.set(text, v)
    }
    return v as T
  }
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

/** Words of an FAQ's answer paragraph, at least. */
const ANSWER_WORDS = 12
/** Paragraphs of one answer before the next question, at most. */
const ANSWER_PARAGRAPHS = 3

/**
 * Whether line i opens an FAQ: a question on its own line ("Why does my starter smell of
 * acetone?") over a paragraph, and another question over a paragraph within ANSWER_PARAGRAPHS
 * paragraphs below. One question over a paragraph may be a teaser's headline over its summary.
 */
export function faqAt(doc: DocumentView, i: number): boolean {
  const answered = (q: number): number => {
    const l = doc.lines[q]!
    if (!QUESTION.test(l.text) || isProse(doc.features(q))) return -1
    const a = nonBlank(doc, q, 1)
    if (a < 0) return -1
    const f = doc.features(a)
    return f.words >= ANSWER_WORDS && f.endsSentence ? a : -1
  }
  let a = answered(i)
  if (a < 0) return false
  for (let k = 0; k < ANSWER_PARAGRAPHS; k++) {
    const q = nonBlank(doc, a, 1)
    if (q < 0) return false
    if (answered(q) >= 0) return true
    const f = doc.features(q)
    if (!(f.words >= ANSWER_WORDS && f.endsSentence)) return false
    a = q
  }
  return false
}

/** Index of the nearest non-blank line above (step -1) or below (step 1) line `from`, or -1. */
export function nonBlank(doc: DocumentView, from: number, step: 1 | -1): number {
  for (let j = from + step; j >= 0 && j < doc.lines.length; j += step) if (!doc.lines[j]!.blank) return j
  return -1
}

/** Index in the ascending `list` of its first element greater than `x`, or list.length (binary search). */
export function firstAfter(list: readonly number[], x: number): number {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (list[mid]! > x) hi = mid
    else lo = mid + 1
  }
  return lo
}
