import type { LineFeatures } from './types.js'
import { CJK_FUNCTION_CHARS, FUNCTION_WORDS, KOREAN_ENDINGS } from './data/function-words.js'

/**
 * Character classes of the Basic Multilingual Plane, computed once on first use:
 * 0 other, 1 lower-case or caseless letter, 2 upper/title-case letter, 3 digit, 4 combining mark.
 * One table lookup per character keeps the feature scan fast for every script.
 */
let CLASS: Uint8Array | undefined
/** Lower-case of each BMP code unit (itself when it has no one-unit lower case). */
let LOWER: Uint16Array | undefined

function classTable(): Uint8Array {
  const t = new Uint8Array(65536)
  const lower = new Uint16Array(65536)
  for (let c = 0; c < 65536; c++) lower[c] = c
  for (let c = 0; c < 128; c++) {
    if (c >= 97 && c <= 122) t[c] = 1
    else if (c >= 65 && c <= 90) { t[c] = 2; lower[c] = c + 32 }
    else if (c >= 48 && c <= 57) t[c] = 3
  }
  const upper = /[\p{Lu}\p{Lt}]/u
  const letter = /\p{L}/u
  const digit = /\p{N}/u
  const mark = /\p{M}/u
  for (let c = 128; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) { t[c] = 1; continue } // astral characters: count as letters
    const ch = String.fromCharCode(c)
    if (upper.test(ch)) {
      t[c] = 2
      const lc = ch.toLowerCase()
      if (lc.length === 1) lower[c] = lc.charCodeAt(0)
    } else if (letter.test(ch)) t[c] = 1
    else if (digit.test(ch)) t[c] = 3
    else if (mark.test(ch)) t[c] = 4
  }
  LOWER = lower
  return t
}

/** A 32-bit hash of a word's lower-case code units; function words are looked up by it, no string built. */
function hashWord(text: string, start: number, end: number, lower: Uint16Array): number {
  let h = 0
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + lower[text.charCodeAt(i)]!) | 0
  return h
}

/**
 * A set of 32-bit hashes as an open-addressing table (linear probing, at most a quarter full):
 * a lookup is a few typed-array reads, cheaper than a Set of numbers on the hot path.
 */
interface HashSet32 {
  readonly hashes: Int32Array
  readonly used: Uint8Array
  readonly mask: number
}

function hashSet32(values: ReadonlySet<number>): HashSet32 {
  let size = 16
  while (size < values.size * 4) size *= 2
  const hashes = new Int32Array(size)
  const used = new Uint8Array(size)
  const mask = size - 1
  for (const h of values) {
    let i = (h ^ (h >>> 15)) & mask
    while (used[i] === 1 && hashes[i] !== h) i = (i + 1) & mask
    hashes[i] = h
    used[i] = 1
  }
  return { hashes, used, mask }
}

function has32(set: HashSet32, h: number): boolean {
  const { hashes, used, mask } = set
  let i = (h ^ (h >>> 15)) & mask
  while (used[i] === 1) {
    if (hashes[i] === h) return true
    i = (i + 1) & mask
  }
  return false
}

const hashCache = new Map<string, HashSet32>()

/** Hashes of the function words of `lang`, or of every bundled language. */
function functionWordHashes(lang: string | undefined): HashSet32 {
  const key = lang && FUNCTION_WORDS[lang] ? lang : '*'
  let table = hashCache.get(key)
  if (!table) {
    CLASS ??= classTable()
    const lower = LOWER!
    const set = new Set<number>()
    for (const list of key === '*' ? Object.values(FUNCTION_WORDS) : [FUNCTION_WORDS[key]!]) {
      for (const w of list) set.add(hashWord(w, 0, w.length, lower))
    }
    table = hashSet32(set)
    hashCache.set(key, table)
  }
  return table
}

/** The code units of isCjkCode as the body of a RegExp character class. */
export const CJK_RANGES = '\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff66-\\uff9f\\u31f0-\\u31ff'

/**
 * Whether the UTF-16 code unit is Chinese or Japanese, written without spaces between words:
 * hiragana, katakana (and its half-width forms and phonetic extensions), CJK ideographs (and
 * extension A and the compatibility ideographs). Korean is written with spaces and is not here.
 */
export function isCjkCode(c: number): boolean {
  // the ranges of CJK_RANGES
  return c >= 0x3040 && ((c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff66 && c <= 0xff9f) || (c >= 0x31f0 && c <= 0x31ff))
}

/**
 * A letter of a script without case from Hebrew on (Arabic, Indic, Thai, CJK, Hangul): after a full
 * stop and a space it starts a sentence as a capital does. Computed once per code unit.
 */
let CASELESS: Uint8Array | undefined
function caselessLetter(c: number): boolean {
  if (c < 0x0590) return false
  if (!CASELESS) {
    const t = new Uint8Array(0x10000)
    for (let k = 0x0590; k < 0x10000; k++) {
      if (k >= 0xd800 && k <= 0xdfff) continue
      const ch = String.fromCharCode(k)
      if (ch.toLowerCase() === ch && ch.toUpperCase() === ch && /\p{L}/u.test(ch)) t[k] = 1
    }
    CASELESS = t
  }
  return CASELESS[c] === 1
}

const KOREAN_END = new Set(KOREAN_ENDINGS.map((c) => c.charCodeAt(0)))
/** A Korean word that ends in a particle or an ending (see KOREAN_ENDINGS): `c` is its last code unit. */
const koreanEnding = (c: number): boolean => c >= 0xac00 && c <= 0xd7a3 && KOREAN_END.has(c)

/** CJK_FUNCTION_CHARS by code unit, from U+3040 (they are all BMP characters from there on). */
let CJK_FW: Uint8Array | undefined
/** Whether a code unit of Chinese or Japanese (isCjkCode) is one of CJK_FUNCTION_CHARS. */
export function isCjkFunctionCode(c: number): boolean {
  if (!CJK_FW) {
    CJK_FW = new Uint8Array(0x10000 - 0x3040)
    for (const ch of CJK_FUNCTION_CHARS) CJK_FW[ch.charCodeAt(0) - 0x3040] = 1
  }
  return c >= 0x3040 && CJK_FW[c - 0x3040] === 1
}

/** Whether the UTF-16 code unit is part of a word (letter, digit or mark; surrogates count as letters). */
export function isWordCode(c: number): boolean {
  return (CLASS ??= classTable())[c] !== 0
}

/**
 * The character class (see CLASS) of every BMP code unit. Surrogates count as letters here:
 * callers that must treat astral characters exactly test surrogate pairs themselves.
 */
export function charClasses(): Uint8Array {
  return (CLASS ??= classTable())
}

/**
 * The class table (see CLASS) when `text` has no surrogate, for callers that must treat astral
 * characters exactly (the table counts every surrogate as a letter); null otherwise.
 */
export function bmpClassTable(text: string): Uint8Array | null {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdfff) return null
  }
  return (CLASS ??= classTable())
}

/** . ! ? … 。 ！ ？ */
const isTerminal = (c: number) => c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 0x3002 || c === 0xff01 || c === 0xff1f
/** " ' ’ ” » ) ] › 」 』 */
const isCloser = (c: number) => c === 34 || c === 39 || c === 0x2019 || c === 0x201d || c === 0xbb || c === 41 || c === 93 || c === 0x203a || c === 0x300d || c === 0x300f
/** " “ « ‘ ( [ ¿ ¡ „ ‚ ‹ 「 『 */
const isOpener = (c: number) => c === 34 || c === 0x201c || c === 0xab || c === 0x2018 || c === 40 || c === 91 || c === 0xbf || c === 0xa1 || c === 0x201e || c === 0x201a || c === 0x2039 || c === 0x300c || c === 0x300e

const isAsciiDigit = (c: number) => c >= 48 && c <= 57
/** ¹ ² ³ and ⁰ ⁴–⁹ */
const isSuperscriptDigit = (c: number) => c === 0xb9 || c === 0xb2 || c === 0xb3 || c === 0x2070 || (c >= 0x2074 && c <= 0x2079)

/**
 * The end of `text[0, n)` before a footnote reference that follows a sentence: "… in Chicago.1",
 * "… to failure.[38]", "… disease.¹" (a number of one or two digits right after the full stop of
 * a word, not of a number: "version 3.2" keeps its end). Returns `n` when there is none.
 */
export function beforeFootnote(text: string, n: number): number {
  if (n < 2) return n
  let c = text.charCodeAt(n - 1)
  if (c === 93) { // "[38]"
    let i = n - 2
    while (i >= 0 && n - 2 - i < 3 && isAsciiDigit(text.charCodeAt(i))) i--
    return i >= 1 && i < n - 2 && text.charCodeAt(i) === 91 && isTerminalOrCloser(text.charCodeAt(i - 1)) ? i : n
  }
  if (isSuperscriptDigit(c)) {
    let i = n - 1
    while (i > 0 && n - i < 3 && isSuperscriptDigit(text.charCodeAt(i - 1))) i--
    return i >= 1 && isTerminalOrCloser(text.charCodeAt(i - 1)) ? i : n
  }
  if (!isAsciiDigit(c)) return n
  let i = n - 1
  if (i > 0 && isAsciiDigit(text.charCodeAt(i - 1))) i--
  // the digits follow a full stop (or a closing quotation mark after one) that follows a letter
  let j = i - 1
  while (j >= 0 && isCloser(c = text.charCodeAt(j)) && c !== 93 && c !== 41) j--
  if (j < 1 || !isTerminal(text.charCodeAt(j))) return n
  const before = text.charCodeAt(j - 1)
  return isAsciiDigit(before) || before === 32 || isTerminal(before) ? n : i
}
const isTerminalOrCloser = (c: number) => isTerminal(c) || (isCloser(c) && c !== 93)

/** – — ― (en dash, em dash, horizontal bar) and the hyphen-minus */
const isDash = (c: number) => c === 0x2013 || c === 0x2014 || c === 0x2015 || c === 45
/** space, tab, no-break space, narrow no-break space */
const isSpace = (c: number) => c === 32 || c === 9 || c === 0xa0 || c === 0x202f
/** Titles and ranks that end with a full stop inside a name ("Prof. Ana Lima", "Sen. Jo Park"). */
const TITLES = new Set(['mrs', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'capt', 'sgt', 'rev', 'hon', 'sr', 'jr', 'st', 'dr', 'mr', 'ms', 'lt', 'maj', 'pres', 'supt'])
/** First words after a dash that start a link or a clause, not a name ("- Read More", "- And then …"). */
const NOT_A_NAME = /^(?:read|continue|more|see|view|click|learn|watch|listen|share|subscribe|privacy|terms|and|but|then|or|so|the|a|an)\b/i

/**
 * The end of `text[0, n)` before the attribution that closes a quoted paragraph: "… by doing
 * things differently. – Jane Doe, lead engineer, Acme" (a dash after the full stop, then up to
 * twelve words that start with a capital letter, not a link or a clause, and end no sentence; a
 * full stop inside only after an initial or a title: "J.K.", "Prof."). Only after 80 characters
 * of text that is not set in title case, so that a page title "Is It Really Worth the Money in
 * 2024? - Example Site" keeps its end. Returns `n` when there is none.
 */
export function beforeAttribution(text: string, n: number): number {
  if (n < 82) return n
  // the last dash with a space before it, at most 100 characters from the end
  let d = -1
  for (let i = n - 2; i >= 80 && i >= n - 100; i--) {
    if (isDash(text.charCodeAt(i)) && isSpace(text.charCodeAt(i - 1))) { d = i; break }
  }
  if (d < 0) return n
  let s = d + 1
  while (s < n && isDash(text.charCodeAt(s))) s++ // "--"
  while (s < n && isSpace(text.charCodeAt(s))) s++
  const first = text.charCodeAt(s)
  const cls = (CLASS ??= classTable())
  // a name: a capital letter (or a letter of a script without case) first
  if (s >= n || (cls[first] !== 2 && !caselessLetter(first)) || NOT_A_NAME.test(text.slice(s, s + 12))) return n
  let words = 1
  for (let i = s; i < n; i++) {
    const c = text.charCodeAt(i)
    if (isSpace(c)) { if (!isSpace(text.charCodeAt(i - 1))) words++ }
    else if ((c !== 46 && isTerminal(c)) || (isDash(c) && isSpace(text.charCodeAt(i - 1)))) return n
    else if (c === 46 && i + 1 < n && isSpace(text.charCodeAt(i + 1))) {
      // a full stop inside ends a sentence unless it ends an initial or a title ("J.", "J.K.", "Prof.")
      let w = i
      while (w > s && !isSpace(text.charCodeAt(w - 1)) && text.charCodeAt(w - 1) !== 46) w--
      if (cls[text.charCodeAt(w)] !== 2 || (i - w > 1 && !TITLES.has(text.slice(w, i).toLowerCase()))) return n
    }
  }
  if (words > 12 || isTerminal(text.charCodeAt(n - 1))) return n
  // the text before the dash ends a sentence ("differently. –", "differently.” —")
  let e = d - 1
  while (e >= 0 && isSpace(text.charCodeAt(e))) e--
  let k = e
  while (k >= 0 && isCloser(text.charCodeAt(k)) && text.charCodeAt(k) !== 93) k--
  if (k < 0 || !isTerminal(text.charCodeAt(k))) return n
  // ... and is not a title: most of its words capitalised
  let all = 0, capitalised = 0
  for (let i = 0; i < d; i++) {
    if (!isSpace(text.charCodeAt(i)) && (i === 0 || isSpace(text.charCodeAt(i - 1)))) {
      all++
      if (cls[text.charCodeAt(i)] === 2) capitalised++
    }
  }
  return capitalised * 5 >= all * 3 ? n : e + 1
}

/**
 * Cheap shape features of one line of text, in one scan over its code units with table lookups
 * (no strings built): words, capitalised words, function words (of `lang`, or of every bundled
 * language), sentence shape, letters, digits and capitals. Used by the prose guard of phrase
 * rules and by document cleaners.
 */
export function lineFeatures(text: string, lang?: string): LineFeatures {
  const cls = (CLASS ??= classTable())
  const lower = LOWER!
  const fw = functionWordHashes(lang)
  const n = text.length
  let words = 0
  let capitalised = 0
  let functionWords = 0
  let letters = 0
  let digits = 0
  let upper = 0
  let sentences = 1
  let wordStart = -1
  // the hash of the current word so far (hashWord of text[wordStart, i)), built as the scan goes
  let h = 0
  // the end of the current run of terminals and closers, and whether a sentence starts after it
  let runEnd = -1
  let runBoundary = false
  // a run of Chinese or Japanese: its length and its function characters (counted as the
  // classifier's cjkRun counts them)
  let cjk = 0
  let cjkFw = 0
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    const k = cls[c]!
    if (c >= 0x3040 && isCjkCode(c)) {
      // no spaces between words: a word ends where the run begins, and the run counts a word per
      // two characters (as the classifier's line statistics count them)
      if (wordStart >= 0) {
        if ((i - wordStart <= 10 && has32(fw, h)) || koreanEnding(text.charCodeAt(i - 1))) functionWords++
        wordStart = -1
      }
      letters++
      cjk++
      if (isCjkFunctionCode(c)) cjkFw++
      continue
    }
    if (cjk) {
      const w = (cjk + 1) >> 1
      words += w
      functionWords += Math.min(cjkFw, w)
      cjk = cjkFw = 0
    }
    if (k !== 0) {
      if (k === 1) letters++
      else if (k === 2) { letters++; upper++ }
      else if (k === 3) digits++
      if (wordStart < 0) {
        wordStart = i
        words++
        if (k === 2) capitalised++
        h = lower[c]!
      } else h = (Math.imul(h, 31) + lower[c]!) | 0
      continue
    }
    if (wordStart >= 0) {
      // an apostrophe or hyphen between two word characters stays inside the word
      if ((c === 39 || c === 0x2019 || c === 45) && i + 1 < n && cls[text.charCodeAt(i + 1)] !== 0) {
        h = (Math.imul(h, 31) + lower[c]!) | 0
        continue
      }
      if ((i - wordStart <= 10 && has32(fw, h)) || koreanEnding(text.charCodeAt(i - 1))) functionWords++
      wordStart = -1
    }
    if (c !== 32 && isTerminal(c)) {
      // a sentence boundary: terminal punctuation, closers, white space, then a capital or an
      // opener. Every terminal of a run ("?!", "...") counts one, and all of them see the same
      // end of the run: it is found once per run, so that a line of 100,000 dots stays linear.
      if (i >= runEnd) {
        let j = i + 1
        let last = c
        for (; j < n; j++) {
          const d = text.charCodeAt(j)
          if (isTerminal(d)) last = d
          else if (!isCloser(d)) break
        }
        runEnd = j
        runBoundary = false
        if (j < n && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 0xa0)) {
          while (j < n && text.charCodeAt(j) === 32) j++
          runBoundary = j < n && (cls[text.charCodeAt(j)] === 2 || isOpener(text.charCodeAt(j)) || caselessLetter(text.charCodeAt(j)))
        } else if (last >= 0x3002 && j < n) {
          // a run that ends in 。！or ？ needs no space: text right after it starts a sentence
          runBoundary = cls[text.charCodeAt(j)] !== 0 || isOpener(text.charCodeAt(j))
        }
      }
      if (runBoundary) sentences++
    }
  }
  // the end of the text ends the last word
  if (wordStart >= 0 && ((n - wordStart <= 10 && has32(fw, h)) || koreanEnding(text.charCodeAt(n - 1)))) functionWords++
  if (cjk) {
    const w = (cjk + 1) >> 1
    words += w
    functionWords += Math.min(cjkFw, w)
  }
  let e = n - 1
  while (e >= 0 && text.charCodeAt(e) === 32) e--
  e = beforeFootnote(text, beforeAttribution(text, e + 1)) - 1
  while (e >= 0 && (isCloser(text.charCodeAt(e)) || text.charCodeAt(e) === 32)) e--
  return {
    chars: n,
    words,
    capitalised,
    functionWords,
    endsSentence: e >= 0 && isTerminal(text.charCodeAt(e)),
    sentences,
    letters,
    digits,
    upper,
  }
}

/**
 * Reads as article prose: long enough, sentence-shaped and rich in function words.
 * Phrase rules never remove such a line unless their phrase is unambiguous.
 */
export function isProse(f: LineFeatures): boolean {
  return f.words >= 12 && f.endsSentence && f.functionWords / f.words >= 0.25
}

/**
 * Shaped like a headline: a few words, no terminal full stop, mostly capitalised (title case)
 * or a short sentence-case phrase without a full stop. A line that ends in 。, ； or a full-width
 * colon is a Chinese or Japanese sentence or the lead-in to a list ("产品规格如下："); an ASCII
 * colon is left alone (English section headings such as a table of contents' entries end in one).
 */
export function isHeadlineShaped(f: LineFeatures, text: string): boolean {
  if (f.words < 3 || f.words > 25) return false
  if (/[.;。；：]$/.test(text)) return false
  return f.capitalised / f.words >= 0.5 || f.words <= 14
}
