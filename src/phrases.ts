import { NUMBER_SOURCE, escapeRegExp } from './patterns.js'
import { CJK_RANGES, isCjkCode, isWordCode } from './features.js'

/**
 * Compile phrase data (see src/data/phrases/types.ts) to matchers.
 *
 * Literal whole-line phrases become a Set of normalised keys: one hash lookup per line, however
 * many phrases and languages are loaded. Phrases with wildcards, and line-start phrases, become
 * regular expressions grouped by their first word, so a line is only tested against the phrases
 * that begin with its own first word.
 */

const SPACES_OR_APOSTROPHES = /[’‘`´]|\s{2,}|[^\S ]/g

/** Whether a UTF-16 code unit is white space as `\s` of a RegExp has it. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}

/** What SPACES_OR_APOSTROPHES finds in text[s, e), without a RegExp (lower-casing neither makes nor removes one). */
function needsFolding(text: string, s: number, e: number): boolean {
  let prevSpace = false
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x60 && c > 32) { prevSpace = false; continue } // common ASCII: no space, no apostrophe of the four
    if (c === 0x2019 || c === 0x2018 || c === 0x60 || c === 0xb4) return true
    if (isSpace(c)) {
      if (c !== 32 || prevSpace) return true
      prevSpace = true
    } else prevSpace = false
  }
  return false
}

/** Emoji joiners and presentation selectors: part of a symbol at a line's edge ("✉️ Leave a Reply"). */
const isEmojiPart = (c: number): boolean => c === 0xfe0f || c === 0xfe0e || c === 0x200d || c === 0x20e3
const ASTRAL_WORD = /^[\p{L}\p{N}\p{M}]/u
const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff

/**
 * Index after the edge characters (not word characters) from `s` on, before `e`: astral symbols
 * (emoji) and emoji joiners and selectors included. A lone surrogate counts as a letter, as in
 * the class table.
 */
function skipEdgeForward(text: string, s: number, e: number): number {
  while (s < e) {
    const c = text.charCodeAt(s)
    if (c >= 0xd800 && c <= 0xdbff && s + 1 < e && isLowSurrogate(text.charCodeAt(s + 1))) {
      if (ASTRAL_WORD.test(text.slice(s, s + 2))) break
      s += 2
    } else if (!isWordCode(c) || isEmojiPart(c)) s++
    else break
  }
  return s
}

/** Index of the end of `text[s, e)` without its trailing edge characters, astral symbols included. */
function skipEdgeBackward(text: string, s: number, e: number): number {
  while (e > s) {
    const c = text.charCodeAt(e - 1)
    if (isLowSurrogate(c) && e - 2 >= s && isHighSurrogate(text.charCodeAt(e - 2))) {
      if (ASTRAL_WORD.test(text.slice(e - 2, e))) break
      e -= 2
    } else if (!isWordCode(c) || isEmojiPart(c)) e--
    else break
  }
  return e
}

/** The comparison key of a line or phrase: lower case, one kind of apostrophe, edge punctuation and symbols dropped, spaces collapsed. */
export function phraseKey(text: string): string {
  const s = skipEdgeForward(text, 0, text.length)
  const e = skipEdgeBackward(text, s, text.length)
  const core = text.slice(s, e).toLowerCase()
  if (!needsFolding(text, s, e)) return core
  SPACES_OR_APOSTROPHES.lastIndex = 0
  return core.replace(SPACES_OR_APOSTROPHES, (m) => (m.trim() ? "'" : ' '))
}

/**
 * The first word of a text or key, in lower case ('' when there is none). Chinese and Japanese
 * write no spaces between words: there it is the first character, and a word of another script
 * ends where they begin ("iPhone15の発売" → "iphone15"), so that a line and a phrase that begins it
 * are grouped alike.
 */
export function firstWord(text: string): string {
  const s = skipEdgeForward(text, 0, text.length)
  if (s < text.length && isCjkCode(text.charCodeAt(s))) return text[s]!
  let e = s
  while (e < text.length && isWordCode(text.charCodeAt(e)) && !isCjkCode(text.charCodeAt(e))) e++
  return text.slice(s, e).toLowerCase()
}

/** Turn one phrase into a regex source: literal, case-insensitive, with `#`, `*` and `'` wildcards. */
export function phraseSource(phrase: string): string {
  let out = ''
  const parts = phrase.trim().split(/(#|\*|'|’|\s+)/).filter(Boolean)
  for (const [i, part] of parts.entries()) {
    if (part === '#') out += NUMBER_SOURCE
    else if (part === '*') out += '[^\\n]{1,80}?' // bounded: a wildcard never scans a whole paragraph
    else if (part === "'" || part === '’') out += "['’‘`´]"
    else if (/^\s+$/.test(part)) out += /^[:;!?]/.test(parts[i + 1] ?? '') ? '' : '[\\s\\u00A0]+'
    // French typography puts a space before : ; ! ? — accept it whether or not the phrase has one
    else out += part.split(/([:;!?])/).map((x, i) => (i % 2 ? `\\s*${escapeRegExp(x)}` : escapeRegExp(x))).join('')
  }
  return out
}

// (with emoji joiners and presentation selectors: "✉️ Leave a Reply", "👍🏽 Like us on Facebook")
const EDGE = '[\\s\\p{P}\\p{S}\\uFE0E\\uFE0F\\u200D\\u20E3]*'
const hasWildcard = (p: string) => /[#*]/.test(p)

function alternation(phrases: readonly string[]): string {
  // Longest first so that the alternation prefers the most specific phrase.
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
  return sorted.map(phraseSource).join('|')
}

/**
 * The alternation of phrases that all start with `#`, with the number matched once in front:
 * `N(?:a|b)` rather than `Na|Nb`, which tries the number again for every phrase. It matches the
 * same lines, but may match a different part of one: use it only where the match does not matter
 * (whole-line phrases).
 */
function numberAlternation(phrases: readonly string[]): string {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
  const rests = sorted.map((p) => {
    const src = phraseSource(p)
    if (!src.startsWith(NUMBER_SOURCE)) return null
    return src.slice(NUMBER_SOURCE.length)
  })
  if (rests.some((r) => r === null)) return alternation(phrases)
  return `${NUMBER_SOURCE}(?:${rests.join('|')})`
}

/**
 * Strings numbered across all compiled matchers. `id` remembers the last string asked: the
 * matchers of one line all ask for the same one, so a line is looked up once.
 */
class Numbering {
  private readonly ids = new Map<string, number>()
  private last: string | undefined
  private lastId = -1
  get size(): number { return this.ids.size }
  /** The number of `s`, or -1. */
  id(s: string): number {
    if (s !== this.last) {
      this.last = s
      this.lastId = this.ids.get(s) ?? -1
    }
    return this.lastId
  }
  intern(s: string): number {
    let id = this.ids.get(s)
    if (id === undefined) {
      id = this.ids.size
      this.ids.set(s, id)
      this.last = undefined // a string asked before may have a number now
    }
    return id
  }
}

/** Every first word that a compiled matcher groups phrases by (see `firstMatch`). */
const WORD_IDS = new Numbering()
/** Every literal whole-line key of every compiled matcher: a matcher tests a line only when its key is one of them. */
const KEY_IDS = new Numbering()

/** Regular expressions by the first word of their phrases, and the groups of phrases that start with a number, a symbol or a wildcard. */
interface Groups {
  /**
   * By the number of the first word in WORD_IDS: the group's pattern, compiled on its first use
   * (a pipeline has hundreds of groups, and a `u`-flag pattern with property classes costs about
   * 0.1 ms to build; most groups are never needed by a given stream of text). The sources are
   * built from escaped phrase text, so none can fail to compile later.
   */
  readonly words: Array<RegExp | string | undefined>
  readonly build: (alt: string) => RegExp
  /** `#`: phrases that start with a number. */
  readonly number: RegExp | undefined
  /** ``: phrases that start with a symbol. */
  readonly symbol: RegExp | undefined
  /** `*`: phrases that start with a wildcard. */
  readonly any: RegExp | undefined
  readonly size: number
}

/**
 * Group phrases by the first word of their key. Phrases that do not start with a word go to one
 * of three groups: `#` (start with a number), `*` (start with anything) and `` (start with a
 * symbol), so that a line is only tested against the groups its own start can match.
 */
function byFirstWord(phrases: readonly string[], build: (alt: string) => RegExp, factorNumber = false): Groups {
  const groups = new Map<string, string[]>()
  for (const p of phrases) {
    const t = p.trim()
    const w = t.startsWith('#') ? '#' : t.startsWith('*') ? '*' : firstWord(phraseKey(t))
    const g = groups.get(w)
    if (g) g.push(p)
    else groups.set(w, [p])
  }
  const words: Array<RegExp | string | undefined> = []
  let number: RegExp | undefined
  let symbol: RegExp | undefined
  let any: RegExp | undefined
  for (const [w, ps] of groups) {
    const alt = w === '#' && factorNumber ? numberAlternation(ps) : alternation(ps)
    if (w === '#') number = build(alt)
    else if (w === '*') any = build(alt)
    else if (w === '') symbol = build(alt)
    else {
      const id = WORD_IDS.intern(w)
      while (words.length <= id) words.push(undefined)
      words[id] = alt
    }
  }
  return { words, build, number, symbol, any, size: groups.size }
}

/**
 * Test a line against the groups its start can match, in order: its own first word, the number
 * group (when it starts with a digit), the symbol group (when it starts with a symbol), and the
 * phrases that start with a wildcard. Returns the first match. Allocates nothing (once the group's pattern is compiled).
 */
function firstMatch(groups: Groups, text: string, first: string): RegExpExecArray | null {
  let m: RegExpExecArray | null = null
  if (first) {
    const id = WORD_IDS.id(first)
    let re = id >= 0 && id < groups.words.length ? groups.words[id] : undefined
    if (typeof re === 'string') groups.words[id] = re = groups.build(re)
    if (re && (m = re.exec(text))) return m
    const c = first.charCodeAt(0)
    if (c >= 48 && c <= 57 && groups.number && (m = groups.number.exec(text))) return m
    if (groups.symbol && !isWordCode(text.charCodeAt(0)) && (m = groups.symbol.exec(text))) return m
  } else if (groups.symbol && (m = groups.symbol.exec(text))) return m
  return groups.any ? groups.any.exec(text) : null
}

/**
 * Phrases that start with a wildcard could match any line, and a leading `*` before more text
 * backtracks: each is tested only on lines whose key contains its longest literal piece.
 */
function anchoredByLiteral(phrases: readonly string[], build: (alt: string) => RegExp): Array<[string, RegExp]> {
  return phrases.map((p) => {
    const pieces = phraseKey(p.replace(/[#*]/g, ' | ')).split('|').map((x) => x.trim()).filter(Boolean)
    const literal = pieces.sort((a, b) => b.length - a.length)[0] ?? ''
    return [literal, build(phraseSource(p))]
  })
}

export interface PhraseMatcher {
  /** Whether the whole line (given with its key and the key's first word) is one of the phrases. */
  whole(text: string, key: string, first: string): boolean
  /**
   * How many literal whole-line phrases the line is a row of, side by side (see `phraseRow`), or
   * 0 when it is not a row of two or more.
   */
  row(text: string, first: string): number
  /** The line-start phrase match, or null (`key` is needed only for phrases that start with a wildcard). */
  start(text: string, first: string, key?: string): RegExpExecArray | null
}

/** Longest row, in words, that `phraseRow` splits (a row of buttons is short). */
const ROW_MAX_WORDS = 16
/** Longest phrase, in words, that a row is split into. */
const ROW_PHRASE_WORDS = 6
/** Where the items of a row part: white space, bars, bullets, slashes, and dashes between spaces. */
const ROW_SEPARATOR = /[\s\u00a0]+(?:[-–—][\s\u00a0]+)?|[\s\u00a0]*[|•·/\\][\s\u00a0]*/u
/** A button's share counter glued to its name ("Facebook0", "Pinterest12"). */
const GLUED_COUNT = /(?<=\p{L})\d+$/u
/** A first word without a glued share count ("facebook0" → "facebook"). */
function rowWord(first: string): string {
  const c = first.charCodeAt(first.length - 1)
  return c >= 48 && c <= 57 ? first.replace(GLUED_COUNT, '') : first
}
/**
 * The last word of a text or key, in lower case, without a glued share count or the symbols and
 * numbers after it ("… LinkedIn0 3" → "linkedin"); '' when there is none.
 */
function lastWord(text: string): string {
  let e = text.length
  while (e > 0) {
    const c = text.charCodeAt(e - 1)
    if (isWordCode(c) && !(c >= 48 && c <= 57)) break
    e--
  }
  let s = e
  while (s > 0 && isWordCode(text.charCodeAt(s - 1)) && !isCjkCode(text.charCodeAt(s - 1))) s--
  if (s === e && e > 0) s = e - 1 // a Chinese or Japanese character
  return text.slice(s, e).toLowerCase()
}
/** A sentence, a list in prose ("Facebook, Instagram and TikTok"), or a question is not a row. */
const NOT_A_ROW = /[,;.?。，]/u

/**
 * The number of literal phrases (keys in `literal`) that a short line is a row of, side by side and
 * nothing else ("Facebook Twitter LinkedIn", "Privacy Policy | Terms of Use", "Sign In Start Free
 * Trial"): page furniture printed as one line of buttons. Numbers between them (share counts) are
 * ignored. 0 when the line is not such a row of two or more, or is long, or has a comma, a full
 * stop or a question mark (prose lists and sentences are not rows).
 */
function phraseRow(text: string, literal: ReadonlySet<number>): number {
  if (text.length > 160 || NOT_A_ROW.test(text)) return 0
  const words: string[] = []
  for (const token of text.split(ROW_SEPARATOR)) {
    if (!token) continue
    const key = phraseKey(token)
    if (!key) { words.push(token); continue } // "&" in "Terms & Conditions"
    words.push(key.replace(GLUED_COUNT, ''))
    if (words.length > ROW_MAX_WORDS) return 0
  }
  const n = words.length
  if (n < 2) return 0
  // most phrases that cover words[0, i) (the buttons of the row: "Facebook | Twitter | LinkedIn"
  // is three, though "facebook twitter linkedin" is one phrase too); numbers cost nothing
  const most = new Array<number>(n + 1).fill(-1)
  most[0] = 0
  for (let i = 0; i < n; i++) {
    const here = most[i]!
    if (here < 0) continue
    if (/^\d+$/.test(words[i]!)) { most[i + 1] = Math.max(most[i + 1]!, here); continue }
    let joined = ''
    for (let len = 1; len <= ROW_PHRASE_WORDS && i + len <= n; len++) {
      joined = len === 1 ? words[i]! : `${joined} ${words[i + len - 1]!}`
      const id = KEY_IDS.id(joined)
      if (id >= 0 && literal.has(id)) most[i + len] = Math.max(most[i + len]!, here + 1)
    }
  }
  return most[n]! >= 2 ? most[n]! : 0
}

/**
 * Build a matcher for `lines` (whole-line phrases) and `starts` (line-start phrases). With
 * `sentences`, the starts are the beginnings of sentences: one that ends in a Chinese or Japanese
 * character or a Hangul syllable may end inside a word ("订阅我们的新闻" begins "订阅我们的新闻简报";
 * Korean endings attach to the stem: "쿠키를 사용" begins "쿠키를 사용합니다").
 */
export function compilePhrases(lines: readonly string[], starts: readonly string[], sentences = false): PhraseMatcher {
  const literal = new Set(lines.filter((p) => !hasWildcard(p)).map((p) => KEY_IDS.intern(phraseKey(p))))
  const leading = (p: string) => p.trim().startsWith('*')
  const wholeRe = (alt: string) => new RegExp(`^${EDGE}(?:${alt})${EDGE}$`, 'iu')
  // a start phrase ends at a word's end, with a label's colon, equals sign or slash ("Photo:Reuters",
  // "사진=연합뉴스", "图/新华社"), or where a Latin word meets Chinese or Japanese ("使用Cookie来");
  // in Chinese and Japanese, without spaces, a phrase that ends in a character needs a character
  // of another kind after it ("相关阅读：", "版权所有 ©", not "版权所有者"); sentence starts may
  // end inside a word there and in Korean (see above)
  const end = sentences ? `[:：=＝/／|${CJK_RANGES}\\uac00-\\ud7a3]` : '[:：=＝/／|]'
  const startRe = (alt: string) => new RegExp(`^${EDGE}(?:${alt})(?:(?<=${end})|(?![\\p{L}\\p{N}])|(?<=[\\p{Script=Latin}\\p{N}])(?=[${CJK_RANGES}]))`, 'iu')
  const wildLines = lines.filter(hasWildcard)
  // whole-line matches are only tested, never read: the number group may be factored
  const wild = byFirstWord(wildLines.filter((p) => !leading(p)), wholeRe, true)
  const wildAny = anchoredByLiteral(wildLines.filter(leading), wholeRe)
  const start = byFirstWord(starts.filter((p) => !leading(p)), startRe)
  const startAny = anchoredByLiteral(starts.filter(leading), startRe)
  const any = (list: Array<[string, RegExp]>, text: string, key: string): RegExpExecArray | null => {
    for (const [lit, re] of list) {
      if (key.includes(lit)) { const m = re.exec(text); if (m) return m }
    }
    return null
  }
  const hasLiteral = literal.size > 0
  const hasWild = wild.size > 0 || wildAny.length > 0
  // first and last words of the literal phrases: a row starts with one and ends with one
  const rowFirst = new Set<number>()
  const rowLast = new Set<string>()
  for (const p of lines) {
    if (hasWildcard(p)) continue
    const key = phraseKey(p)
    const w = firstWord(key)
    if (w) rowFirst.add(WORD_IDS.intern(w))
    rowLast.add(lastWord(key))
  }
  const matcher: PhraseMatcher = {
    whole(text, key, first) {
      if (hasLiteral) {
        const id = KEY_IDS.id(key)
        if (id >= 0 && literal.has(id)) return true
      }
      if (!hasWild || text.length > 200) return false
      return (wild.size > 0 && firstMatch(wild, text, first) !== null) || (wildAny.length > 0 && any(wildAny, text, key) !== null)
    },
    row(text, first) {
      if (!hasLiteral || !first || !rowFirst.has(WORD_IDS.id(rowWord(first))) || !rowLast.has(lastWord(text))) return 0
      return phraseRow(text, literal)
    },
    start(text, first, key) {
      return (start.size ? firstMatch(start, text, first) : null) ?? (startAny.length ? any(startAny, text, key ?? phraseKey(text)) : null)
    },
  }
  PARTS.set(matcher, { literal, groups: [wild, start], wildLiterals: wildAny.map(([lit]) => lit), startAny: startAny.length > 0 })
  return matcher
}

/** What `phraseFilter` needs to know of a compiled matcher. */
interface MatcherParts {
  literal: ReadonlySet<number>
  groups: readonly Groups[]
  /** The literal piece each whole-line phrase that starts with a wildcard needs in the key. */
  wildLiterals: readonly string[]
  startAny: boolean
}

const PARTS = new WeakMap<PhraseMatcher, MatcherParts>()

/**
 * One quick test for several matchers: false when no phrase of any of them can match the line,
 * neither `whole(text, key, first)` nor `start(text, first)`; true when one may. A line is looked
 * up by the numbers of its key and first word (once per line for all matchers), so a line that
 * matches no phrase costs a few array reads, however many phrases there are.
 * Pass `key` only when `whole` would be asked (lines of up to 200 characters), else null. It
 * does not say whether a line may be a row of phrases (`row` decides that as cheaply).
 */
export function phraseFilter(matchers: readonly PhraseMatcher[]): (text: string, first: string, key: string | null) => boolean {
  const parts = matchers.map((m) => PARTS.get(m)!)
  const keys = new Uint8Array(KEY_IDS.size)
  const words = new Uint8Array(WORD_IDS.size)
  let number = false
  let symbol = false
  let always = false
  const wildLiterals: string[] = []
  for (const p of parts) {
    for (const id of p.literal) keys[id] = 1
    for (const g of p.groups) {
      g.words.forEach((re, id) => { if (re) words[id] = 1 })
      number ||= g.number !== undefined
      symbol ||= g.symbol !== undefined
      always ||= g.any !== undefined
    }
    wildLiterals.push(...p.wildLiterals)
    always ||= p.startAny
  }
  return (text, first, key) => {
    if (always) return true
    if (key !== null) {
      const k = KEY_IDS.id(key)
      if (k >= 0 && k < keys.length && keys[k] === 1) return true
      for (const lit of wildLiterals) if (key.includes(lit)) return true
    }
    if (!first) return symbol
    const id = WORD_IDS.id(first)
    if (id >= 0 && id < words.length && words[id] === 1) return true
    if (number) {
      const c = first.charCodeAt(0)
      if (c >= 48 && c <= 57) return true
    }
    return symbol && !isWordCode(text.charCodeAt(0))
  }
}
