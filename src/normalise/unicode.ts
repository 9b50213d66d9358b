/**
 * Unicode hygiene for one line of text: normalisation (NFC, or NFKC on request), removal of
 * invisible format characters and control characters, and exotic spaces turned into plain spaces.
 *
 * Kept on purpose:
 * - ZERO WIDTH NON-JOINER (U+200C): it changes the spelling of Persian, Indic and other words.
 * - ZERO WIDTH JOINER (U+200D) between two emoji (👩‍💻) or two letters of a joining script
 *   (Arabic, Indic…): elsewhere it is stray and removed.
 * - Bidi marks and embeddings in lines with right-to-left letters (Hebrew, Arabic…), where they
 *   can decide how a line displays. In other lines they are stray and removed.
 * - Variation selectors and emoji tag characters, tab, and line breaks (the core splits lines).
 */

import type { Edit } from '../types.js'
import { applyEdits, helperOptions } from './edits.js'
import { code, codePointLabel, commonEnds } from './describe.js'

export type NormalizationForm = 'NFC' | 'NFKC'

export interface UnicodeOptions {
  /**
   * Unicode normalisation form, or `false` for none. NFKC also folds compatibility characters (ﬁ → fi, ² → 2).
   * @default 'NFC'
   */
  form: NormalizationForm | false
  /**
   * Remove invisible format characters (zero width space, BOM, soft hyphen, word joiner, stray bidi marks).
   * @default true
   */
  invisibles: boolean
  /**
   * Remove C0 and C1 control characters (tab is kept); vertical tab, form feed, carriage return and
   * next line (U+0085) become a space.
   * @default true
   */
  controls: boolean
  /**
   * Turn exotic spaces (no-break, en, em, thin, ideographic…) into a space. Off by default: the
   * `whitespace` cleaner owns spaces, so each change is reported once.
   * @default false
   */
  spaces: boolean
}

export const UNICODE_DEFAULTS: Readonly<UnicodeOptions> = {
  form: 'NFC',
  invisibles: true,
  controls: true,
  spaces: false,
}

/** Throws naming a bad value (the `unicode` cleaner's check, and cleanUnicode's). */
export function checkUnicodeOptions(options: UnicodeOptions): void {
  if (options.form !== false && options.form !== 'NFC' && options.form !== 'NFKC') {
    throw new RangeError(`Unexpected normalization form '${String(options.form)}', expected 'NFC', 'NFKC' or false`)
  }
  for (const key of ['invisibles', 'controls', 'spaces'] as const) {
    if (typeof options[key] !== 'boolean') {
      throw new TypeError(`Unexpected unicode option ${key} '${String(options[key])}', expected a boolean`)
    }
  }
}

/**
 * Characters that NFC can change or combine: everything from the combining marks up, except the
 * General Punctuation, super/subscript and currency blocks (U+2002–U+20CF), which NFC leaves alone
 * apart from U+2000 and U+2001. Latin-1 text with curly quotes and dashes skips normalisation.
 */
const NFC_SUSPECT = /[\u0300-\u1fff\u2000\u2001\u20d0-\uffff]/

/** Anything other than tab and printable ASCII: the pre-check that keeps ASCII lines cheap. */
const NOT_PLAIN_ASCII = /[^\t\x20-\x7e]/

const INVISIBLE_NAMES: Record<number, string> = {
  0x00ad: 'soft hyphen',
  0x061c: 'arabic letter mark',
  0x180e: 'mongolian vowel separator',
  0x200b: 'zero width space',
  0x200d: 'zero width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2060: 'word joiner',
  0x2061: 'function application',
  0x2062: 'invisible times',
  0x2063: 'invisible separator',
  0x2064: 'invisible plus',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
  0xfeff: 'byte order mark',
  0xfff9: 'interlinear annotation anchor',
  0xfffa: 'interlinear annotation separator',
  0xfffb: 'interlinear annotation terminator',
  0xfffc: 'object replacement character',
}

const SPACE_NAMES: Record<number, string> = {
  0x000b: 'line tabulation',
  0x000c: 'form feed',
  0x000d: 'carriage return',
  0x0085: 'next line',
  0x00a0: 'no-break space',
  0x1680: 'ogham space mark',
  0x2000: 'en quad',
  0x2001: 'em quad',
  0x2002: 'en space',
  0x2003: 'em space',
  0x2004: 'three-per-em space',
  0x2005: 'four-per-em space',
  0x2006: 'six-per-em space',
  0x2007: 'figure space',
  0x2008: 'punctuation space',
  0x2009: 'thin space',
  0x200a: 'hair space',
  0x202f: 'narrow no-break space',
  0x205f: 'medium mathematical space',
  0x3000: 'ideographic space',
}

const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/
/** Letters of right-to-left scripts: their lines keep bidi marks. */
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u

/** Characters next to which a zero width joiner means something: emoji and joining scripts. */
const EMOJI_SIDE = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{fe0f}\u{20e3}]/u
const JOINING_SIDE =
  /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Nko}\p{Script=Mongolian}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Myanmar}\p{Script=Khmer}\p{Script=Tibetan}\p{Script=Thaana}\p{Script=Inherited}]/u

const JOINERS = /[\u200c\u200d]/

function charAt(text: string, index: number): string {
  const cp = text.codePointAt(index)
  return cp === undefined ? '' : String.fromCodePoint(cp)
}

function charBefore(text: string, index: number): string {
  if (index <= 0) return ''
  const low = text.charCodeAt(index - 1)
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2)
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(index - 2, index)
  }
  return text[index - 1]!
}

/** Whether the character at `index` goes anyway (so it does not count as a neighbour of a joiner). */
function goes(text: string, index: number, options: UnicodeOptions, rtl: boolean): boolean {
  const cp = text.charCodeAt(index)
  if (cp < 0xa0) return options.controls && (cp < 0x09 || (cp > 0x0d && cp < 0x20) || cp >= 0x7f) && cp !== 0x85
  if (!options.invisibles || cp === 0x200d) return false
  if (INVISIBLE_NAMES[cp] !== undefined) return !(rtl && BIDI.test(text[index]!))
  return cp >= 0x206a && cp <= 0x206f
}

/** A zero width joiner stays between two emoji or two letters of a joining script. */
function keepJoiner(text: string, index: number, options: UnicodeOptions, rtl: boolean): boolean {
  let left = index
  while (left > 0 && goes(text, left - 1, options, rtl)) left--
  let right = index + 1
  while (right < text.length && goes(text, right, options, rtl)) right++
  const before = charBefore(text, left)
  const after = charAt(text, right)
  if (!before || !after) return false
  if (EMOJI_SIDE.test(before) && EMOJI_SIDE.test(after)) return true
  return JOINING_SIDE.test(before) && JOINING_SIDE.test(after) && !JOINERS.test(before) && !JOINERS.test(after)
}

const patterns = new Map<string, RegExp | null>()

/** The characters to look at under `options` (cached: one per combination of flags). */
function targetPattern(options: UnicodeOptions): RegExp | null {
  const key = `${options.invisibles}${options.controls}${options.spaces}`
  let pattern = patterns.get(key)
  if (pattern === undefined) {
    pattern = buildPattern(options)
    patterns.set(key, pattern)
  }
  return pattern
}

function buildPattern(options: UnicodeOptions): RegExp | null {
  const parts: string[] = []
  if (options.invisibles) parts.push('\\u00ad\\u061c\\u180e\\u200b\\u200d-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u206f\\ufeff\\ufff9-\\ufffc')
  if (options.controls) parts.push('\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f')
  if (options.spaces) parts.push('\\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000')
  return parts.length > 0 ? new RegExp(`[${parts.join('')}]+`, 'g') : null
}

interface Classified {
  /** Replacement: '' to remove, ' ' for a space, null to keep. */
  replacement: string | null
  label: string
}

function classify(ch: string, cp: number, text: string, index: number, options: UnicodeOptions, rtl: boolean): Classified {
  if (cp < 0xa0) {
    // Controls. The ones that separate (vertical tab, form feed, carriage return, next line) become a space.
    if (!options.controls) return { replacement: null, label: '' }
    if (SPACE_NAMES[cp] !== undefined) return { replacement: ' ', label: SPACE_NAMES[cp]! }
    return { replacement: '', label: 'control character' }
  }
  if (options.spaces && SPACE_NAMES[cp] !== undefined) return { replacement: ' ', label: SPACE_NAMES[cp]! }
  if (options.invisibles && INVISIBLE_NAMES[cp] !== undefined) {
    if (cp === 0x200d && keepJoiner(text, index, options, rtl)) return { replacement: null, label: '' }
    if (rtl && BIDI.test(ch)) return { replacement: null, label: '' }
    return { replacement: '', label: INVISIBLE_NAMES[cp]! }
  }
  if (options.invisibles && cp >= 0x206a && cp <= 0x206f) return { replacement: '', label: 'deprecated format character' }
  return { replacement: null, label: '' }
}

/** Edits that remove invisibles and controls and replace exotic spaces, one per run of the same character. */
function characterEdits(text: string, options: UnicodeOptions): Edit[] {
  const pattern = targetPattern(options)
  if (!pattern) return []
  // Most lines have none of the characters: one test, no matchAll (which copies the RegExp).
  pattern.lastIndex = 0
  const any = pattern.test(text)
  pattern.lastIndex = 0
  if (!any) return []
  const edits: Edit[] = []
  const rtl = (options.invisibles && BIDI.test(text) && RTL_LETTER.test(text)) || false
  for (const match of text.matchAll(pattern)) {
    let previous: { start: number; end: number; ch: string; replacement: string; label: string } | null = null
    const flush = (): void => {
      if (!previous) return
      const actual = text.slice(previous.start, previous.end)
      const expected = previous.replacement === ' ' ? ' ' : ''
      edits.push({
        start: previous.start,
        end: previous.end,
        text: expected,
        reason:
          previous.replacement === ' '
            ? `Unexpected ${previous.label} ${code(actual)}, expected a space`
            : `Unexpected ${previous.label} ${code(actual)}, expected nothing`,
      })
      previous = null
    }
    for (let i = match.index; i < match.index + match[0].length; i++) {
      const ch = text[i]!
      const cp = ch.charCodeAt(0)
      const { replacement, label } = classify(ch, cp, text, i, options, rtl)
      if (replacement === null) {
        flush()
        continue
      }
      if (previous && previous.ch === ch && previous.end === i && replacement === '') {
        previous.end = i + 1
        continue
      }
      flush()
      previous = { start: i, end: i + 1, ch, replacement, label }
    }
    flush()
  }
  return edits
}

function codePoints(text: string): string {
  return [...text].map((ch) => codePointLabel(ch.codePointAt(0)!)).join(' ')
}

/**
 * Edits that clean one line, or null when the line is already clean. Normalisation is reported per
 * word (the text between ASCII spaces), narrowed to the characters that change.
 */
function unicodeEditsOnce(text: string, options: Partial<UnicodeOptions>): Edit[] | null {
  if (!NOT_PLAIN_ASCII.test(text)) return null
  const opts: UnicodeOptions = { ...UNICODE_DEFAULTS, ...options }
  const edits = characterEdits(text, opts)
  if (!opts.form) return edits.length > 0 ? edits : null
  const cleaned = applyEdits(text, edits)
  if (opts.form === 'NFC' && !NFC_SUSPECT.test(cleaned)) return edits.length > 0 ? edits : null
  if (cleaned.normalize(opts.form) === cleaned) return edits.length > 0 ? edits : null

  // Some word changes under normalisation: rebuild edits word by word. ASCII spaces are never
  // edited and never combine with their neighbours, so words are independent.
  const out: Edit[] = []
  let edit = 0
  let wordStart = 0
  while (wordStart <= text.length) {
    let wordEnd = text.indexOf(' ', wordStart)
    if (wordEnd < 0) wordEnd = text.length
    const inWord: Edit[] = []
    while (edit < edits.length && edits[edit]!.start < wordEnd) inWord.push(edits[edit++]!)
    const word = text.slice(wordStart, wordEnd)
    const shifted = inWord.map((e) => ({ ...e, start: e.start - wordStart, end: e.end - wordStart }))
    const cleanedWord = applyEdits(word, shifted)
    const normalized = cleanedWord.normalize(opts.form)
    if (normalized === cleanedWord) {
      out.push(...inWord)
    } else {
      const { prefix, suffix } = commonEnds(word, normalized)
      const actual = word.slice(prefix, word.length - suffix)
      const expected = normalized.slice(prefix, normalized.length - suffix)
      out.push({
        start: wordStart + prefix,
        end: wordEnd - suffix,
        text: expected,
        reason: `Unexpected non-${opts.form} ${code(actual)} (${codePoints(actual)}), expected ${code(expected)}${expected ? ` (${codePoints(expected)})` : ''}`,
      })
    }
    wordStart = wordEnd + 1
  }
  return out.length > 0 ? out : null
}

/**
 * Clean the Unicode of `text`: normalise, remove invisible and control characters, turn exotic
 * spaces into spaces. Works on any text; line breaks are kept.
 *
 * @example
 *   cleanUnicode('Zero\u200Bwidth, cafe\u0301, no\u00A0break') // 'Zerowidth, café, no break'
 */
/**
 * Edits that make one line clean Unicode. One pass is almost always enough; when it is not (a
 * joiner kept after a combining mark that normalisation then composes away), the passes are
 * repeated and the whole change is reported as one edit, so the result is a fixed point.
 */
export function unicodeEdits(text: string, options: Partial<UnicodeOptions> = {}): Edit[] | null {
  const first = unicodeEditsOnce(text, options)
  if (!first) return null
  let current = applyEdits(text, first)
  let next = unicodeEditsOnce(current, options)
  if (!next) return first
  for (let i = 0; next && i < 4; i++) {
    current = applyEdits(current, next)
    next = unicodeEditsOnce(current, options)
  }
  const { prefix, suffix } = commonEnds(text, current)
  const actual = text.slice(prefix, text.length - suffix)
  const expected = current.slice(prefix, current.length - suffix)
  return [{
    start: prefix,
    end: text.length - suffix,
    text: expected,
    reason: `Unexpected ${code(actual)} (${codePoints(actual)}), expected ${code(expected)}${expected ? ` (${codePoints(expected)})` : ''}`,
  }]
}

export function cleanUnicode(text: string, options: Partial<UnicodeOptions> = {}): string {
  checkUnicodeOptions(helperOptions('cleanUnicode', UNICODE_DEFAULTS, options))
  return text
    .split(/(\r\n|\r|\n|\u2028|\u2029)/)
    .map((part, i) => (i % 2 === 1 ? part : applyEdits(part, unicodeEdits(part, options))))
    .join('')
}
