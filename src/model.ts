import type { Line, LineContext } from './types.js'
import { LINE_BREAK } from './patterns.js'

/**
 * Split a document once into lines with their original offsets, and number the blocks
 * (runs of non-blank lines between blank lines). Line breaks are CRLF, CR, LF, U+2028, U+2029.
 */
export function splitLines(text: string, isProtected?: (raw: string) => boolean): Line[] {
  const lines: Line[] = []
  let start = 0
  let n = 0
  const push = (end: number) => {
    const raw = flatSlice(text, start, end)
    lines.push({
      index: n,
      line: n + 1,
      start,
      end,
      raw,
      text: raw,
      blank: isBlank(raw),
      block: -1,
      removedBy: null,
      joinedTo: -1,
      protected: isProtected ? isProtected(raw) : false,
    })
    n++
  }
  if (text.indexOf('\r') < 0 && text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0) {
    // only LF breaks (the common case): find them with indexOf
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
      push(i)
      start = i + 1
    }
  } else {
    LINE_BREAK.lastIndex = 0
    for (const m of text.matchAll(LINE_BREAK)) {
      push(m.index!)
      start = m.index! + m[0].length
    }
  }
  push(text.length)
  numberBlocks(lines)
  return lines
}

/**
 * `text.slice(start, end)` as a string of its own. V8 represents a slice of 13 or more characters
 * as a view into the page (a "sliced string"), and every character access through such a view
 * pays an indirection; the line pass and the classifier read each line's characters many times.
 * Joining two parts copies them into one flat string (cheaper than any other copy measured).
 */
export function flatSlice(text: string, start: number, end: number): string {
  if (end - start < 13) return text.slice(start, end)
  return [text.slice(start, start + 1), text.slice(start + 1, end)].join('')
}

/** `BLANK_LINE.test(text)` (patterns.ts): only horizontal white space; most lines fail on their first character. */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c > 32 && c < 0xa0) return false
    if (!(c === 32 || c === 9 || c === 12 || c === 11 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000)) return false
  }
  return true
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

/** A compiled line rule. */
export type LineRule = (ctx: LineContext) => string | null

/**
 * What a line rule answers again for a line it has answered null for, once the line's text has not
 * changed since: null again (`null`, a rule that reads only the line's own text and features), or
 * what the given cheaper rule answers (a rule that also reads the neighbours). Later rounds of the
 * pipeline use this to skip work; a rule without an entry is always run in full.
 */
const UNCHANGED = new WeakMap<LineRule, LineRule | null>()

/** Mark a compiled line rule as reading only its line's text and features (see UNCHANGED). */
export function pureLineRule<F extends LineRule>(rule: F): F {
  UNCHANGED.set(rule, null)
  return rule
}

/** Give a compiled line rule the rule to run instead on a line it answered null for and whose text has not changed. */
export function withUnchangedRule<F extends LineRule>(rule: F, unchanged: LineRule): F {
  UNCHANGED.set(rule, unchanged)
  return rule
}

/** The rule to run on an unchanged line that `rule` answered null for: null (nothing to run), or a rule. */
export function unchangedRule(rule: LineRule): LineRule | null {
  const u = UNCHANGED.get(rule)
  return u === undefined ? rule : u
}
