/**
 * Typography of quotes and apostrophes, dashes and ellipses, one way or the other:
 *
 * - `ascii`: ‘’‚‛ʼ → ', “”„‟ → ", – ‒ ‐ ‑ − → -, — ― → --, … → ...
 * - `typographic`: straight quotes curled by context ("it's" → "it’s", "'90s" → "’90s",
 *   "\"Hi\"" → "“Hi”"), `---` and `--` → — (between digits `--` → –), `...` → …
 *
 * Guillemets (« » ‹ ›), primes after digits (5'10", 12" pizza) and quotes standing alone between
 * spaces are left as they are. Both styles are idempotent.
 */

import type { Edit } from '../types.js'
import { applyEdits, helperOptions } from './edits.js'
import { code } from './describe.js'

export type TypographyStyle = 'keep' | 'ascii' | 'typographic'

export interface TypographyOptions {
  /**
   * `'keep'` leaves the marks as they are, `'ascii'` turns curly quotes, dashes and ellipses into
   * plain ones, `'typographic'` the other way round.
   * @default 'keep'
   */
  style: TypographyStyle
  /**
   * Quotes and apostrophes.
   * @default true
   */
  quotes: boolean
  /**
   * Dashes.
   * @default true
   */
  dashes: boolean
  /**
   * Ellipses.
   * @default true
   */
  ellipses: boolean
}

export const TYPOGRAPHY_DEFAULTS: Readonly<TypographyOptions> = {
  style: 'keep',
  quotes: true,
  dashes: true,
  ellipses: true,
}

const STYLES = ['keep', 'ascii', 'typographic'] as const

/** Throws naming a bad value (the `typography` cleaner's check, and fixTypography's). */
export function checkTypographyOptions(options: TypographyOptions): void {
  if (!STYLES.includes(options.style)) {
    throw new RangeError(`Unexpected typography style '${String(options.style)}', expected 'keep', 'ascii' or 'typographic'`)
  }
  for (const key of ['quotes', 'dashes', 'ellipses'] as const) {
    if (typeof options[key] !== 'boolean') {
      throw new TypeError(`Unexpected typography option ${key} '${String(options[key])}', expected a boolean`)
    }
  }
}

const ASCII_QUOTES: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u02bc': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
}

const ASCII_DASHES: Record<string, string> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2212': '-',
  '\u2014': '--',
  '\u2015': '--',
}

const NAMES: Record<string, string> = {
  '\u2018': 'left single quote',
  '\u2019': 'right single quote',
  '\u201a': 'low single quote',
  '\u201b': 'reversed single quote',
  '\u02bc': 'modifier apostrophe',
  '\u201c': 'left double quote',
  '\u201d': 'right double quote',
  '\u201e': 'low double quote',
  '\u201f': 'reversed double quote',
  '\u2010': 'hyphen',
  '\u2011': 'non-breaking hyphen',
  '\u2012': 'figure dash',
  '\u2013': 'en dash',
  '\u2212': 'minus sign',
  '\u2014': 'em dash',
  '\u2015': 'horizontal bar',
  '\u2026': 'ellipsis',
  "'": 'straight single quote',
  '"': 'straight double quote',
}

function asciiPattern(options: TypographyOptions): RegExp | null {
  const chars = [
    options.quotes ? Object.keys(ASCII_QUOTES).join('') : '',
    options.dashes ? Object.keys(ASCII_DASHES).join('') : '',
    options.ellipses ? '\u2026' : '',
  ].join('')
  return chars ? new RegExp(`[${chars}]`, 'g') : null
}

function asciiEdits(text: string, options: TypographyOptions): Edit[] | null {
  const pattern = asciiPattern(options)
  if (!pattern) return null
  let edits: Edit[] | null = null
  for (const match of text.matchAll(pattern)) {
    const ch = match[0]
    const expected = ASCII_QUOTES[ch] ?? ASCII_DASHES[ch] ?? '...'
    ;(edits ??= []).push({
      start: match.index,
      end: match.index + 1,
      text: expected,
      reason: `Unexpected ${NAMES[ch]} ${code(ch)}, expected ${code(expected)}`,
    })
  }
  return edits
}

const LETTER = /[\p{L}\p{M}]/u
const DIGIT = /\p{Nd}/u
const SPACE = /\s/u
/** Characters after which a quote opens. */
const OPENER = /[\s([{<\u2018\u201c\u00ab\u2039\u2014\u2013\-/]/u

function before(text: string, index: number): string {
  if (index === 0) return ''
  const cp = text.codePointAt(index - 1)!
  if (cp >= 0xdc00 && cp <= 0xdfff && index >= 2) return String.fromCodePoint(text.codePointAt(index - 2)!)
  return String.fromCodePoint(cp)
}

function after(text: string, index: number): string {
  const cp = text.codePointAt(index + 1)
  return cp === undefined ? '' : String.fromCodePoint(cp)
}

/**
 * The curly form of the straight quote at `index`, or null to leave it. `previous` is what the
 * character before became when it was a straight quote too (so `"'hi'"` nests).
 */
function curl(text: string, index: number, previous?: string): string | null {
  const quote = text[index]!
  const p = previous ?? before(text, index)
  const n = after(text, index)
  const pSpace = p === '' || SPACE.test(p)
  const nSpace = n === '' || SPACE.test(n)
  if (pSpace && nSpace) return null // standing alone
  if (DIGIT.test(p) && !LETTER.test(n)) return null // a prime: 5'10", 12" pizza
  if (quote === "'") {
    if (LETTER.test(p) || DIGIT.test(p)) return '\u2019' // it's, dogs', 1990's
    if (DIGIT.test(n) && (pSpace || OPENER.test(p))) return '\u2019' // '90s
    if (pSpace || OPENER.test(p)) return '\u2018'
    return '\u2019'
  }
  if (pSpace || OPENER.test(p)) return '\u201c'
  return '\u201d'
}

function typographicEdits(text: string, options: TypographyOptions): Edit[] | null {
  const parts: string[] = []
  if (options.quotes) parts.push(`['"]`)
  if (options.dashes) parts.push('(?<!-)-{2,3}(?!-)')
  if (options.ellipses) parts.push('(?<!\\.)\\.\\.\\.(?!\\.)')
  if (parts.length === 0) return null
  const pattern = new RegExp(parts.join('|'), 'gu')
  let edits: Edit[] | null = null
  let lastQuote = -2
  let lastCurled = ''
  for (const match of text.matchAll(pattern)) {
    const actual = match[0]
    let expected: string | null
    let name: string
    if (actual === "'" || actual === '"') {
      expected = curl(text, match.index, lastQuote === match.index - 1 ? lastCurled : undefined)
      lastQuote = match.index
      lastCurled = expected ?? actual
      name = NAMES[actual]!
    } else if (actual === '...') {
      expected = '\u2026'
      name = 'three dots'
    } else {
      const p = before(text, match.index)
      const n = after(text, match.index + actual.length - 1)
      // A command-line option ("--verbose") is not a dash.
      if ((p === '' || SPACE.test(p)) && LETTER.test(n)) continue
      expected = actual.length === 2 && DIGIT.test(p) && DIGIT.test(n) ? '\u2013' : '\u2014'
      name = 'hyphens'
    }
    if (expected === null) continue
    ;(edits ??= []).push({
      start: match.index,
      end: match.index + actual.length,
      text: expected,
      reason: `Unexpected ${name} ${code(actual)}, expected ${code(expected)}`,
    })
  }
  return edits
}

/** Edits that apply the typography `style` to one line, or null when nothing changes. */
export function typographyEdits(text: string, options: Partial<TypographyOptions> = {}): Edit[] | null {
  const opts: TypographyOptions = { ...TYPOGRAPHY_DEFAULTS, ...options }
  if (opts.style === 'ascii') return asciiEdits(text, opts)
  if (opts.style === 'typographic') return typographicEdits(text, opts)
  return null
}

/**
 * Apply a typography style to `text`.
 *
 * @example
 *   fixTypography('“Hi” – it’s…', { style: 'ascii' }) // '"Hi" - it\'s...'
 *   fixTypography('"Hi" -- it\'s...', { style: 'typographic' }) // '“Hi” — it’s…'
 */
export function fixTypography(text: string, options: Partial<TypographyOptions> = {}): string {
  checkTypographyOptions(helperOptions('fixTypography', TYPOGRAPHY_DEFAULTS, options))
  return text
    .split(/(\r\n|\r|\n|\u2028|\u2029)/)
    .map((part, i) => (i % 2 === 1 ? part : applyEdits(part, typographyEdits(part, options))))
    .join('')
}
