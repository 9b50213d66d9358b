import { NUMBER_SOURCE, escapeRegExp } from './patterns.js'
import { isWordCode } from './features.js'

/**
 * Compile phrase data (see src/data/phrases/types.ts) to matchers.
 *
 * Literal whole-line phrases become a Set of normalised keys: one hash lookup per line, however
 * many phrases and languages are loaded. Phrases with wildcards, and line-start phrases, become
 * regular expressions grouped by their first word, so a line is only tested against the phrases
 * that begin with its own first word.
 */

const SPACES_OR_APOSTROPHES = /[’‘`´]|\s{2,}|[^\S ]/g

/** The comparison key of a line or phrase: lower case, one kind of apostrophe, edge punctuation and symbols dropped, spaces collapsed. */
export function phraseKey(text: string): string {
  let s = 0
  let e = text.length
  while (s < e && !isWordCode(text.charCodeAt(s))) s++
  while (e > s && !isWordCode(text.charCodeAt(e - 1))) e--
  const core = text.slice(s, e).toLowerCase()
  SPACES_OR_APOSTROPHES.lastIndex = 0
  return SPACES_OR_APOSTROPHES.test(core) ? core.replace(SPACES_OR_APOSTROPHES, (m) => (m.trim() ? "'" : ' ')) : core
}

/** The first word of a text or key, in lower case ('' when there is none). */
export function firstWord(text: string): string {
  let s = 0
  while (s < text.length && !isWordCode(text.charCodeAt(s))) s++
  let e = s
  while (e < text.length && isWordCode(text.charCodeAt(e))) e++
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

const EDGE = '[\\s\\p{P}\\p{S}]*'
const hasWildcard = (p: string) => /[#*]/.test(p)

function alternation(phrases: readonly string[]): string {
  // Longest first so that the alternation prefers the most specific phrase.
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
  return sorted.map(phraseSource).join('|')
}

/**
 * Group phrases by the first word of their key. Phrases that do not start with a word go to one
 * of three groups: `#` (start with a number), `*` (start with anything) and `` (start with a
 * symbol), so that a line is only tested against the groups its own start can match.
 */
function byFirstWord(phrases: readonly string[], build: (alt: string) => RegExp): Map<string, RegExp> {
  const groups = new Map<string, string[]>()
  for (const p of phrases) {
    const t = p.trim()
    const w = t.startsWith('#') ? '#' : t.startsWith('*') ? '*' : firstWord(phraseKey(t))
    const g = groups.get(w)
    if (g) g.push(p)
    else groups.set(w, [p])
  }
  return new Map([...groups].map(([w, ps]) => [w, build(alternation(ps))]))
}

/**
 * Test a line against the groups its start can match, in order: its own first word, the number
 * group (when it starts with a digit), the symbol group (when it starts with a symbol), and the
 * phrases that start with a wildcard. Returns the first match. Allocates nothing.
 */
function firstMatch(groups: Map<string, RegExp>, text: string, first: string): RegExpExecArray | null {
  let re = groups.get(first)
  let m = re ? re.exec(text) : null
  if (m) return m
  if (first) {
    const c = first.charCodeAt(0)
    if (c >= 48 && c <= 57 && (re = groups.get('#')) && (m = re.exec(text))) return m
    if (!isWordCode(text.charCodeAt(0)) && (re = groups.get('')) && (m = re.exec(text))) return m
  }
  return (re = groups.get('*')) ? re.exec(text) : null
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
  /** The line-start phrase match, or null (`key` is needed only for phrases that start with a wildcard). */
  start(text: string, first: string, key?: string): RegExpExecArray | null
}

/** Build a matcher for `lines` (whole-line phrases) and `starts` (line-start phrases). */
export function compilePhrases(lines: readonly string[], starts: readonly string[]): PhraseMatcher {
  const literal = new Set(lines.filter((p) => !hasWildcard(p)).map(phraseKey))
  const leading = (p: string) => p.trim().startsWith('*')
  const wholeRe = (alt: string) => new RegExp(`^${EDGE}(?:${alt})${EDGE}$`, 'iu')
  const startRe = (alt: string) => new RegExp(`^${EDGE}(?:${alt})(?![\\p{L}\\p{N}])`, 'iu')
  const wildLines = lines.filter(hasWildcard)
  const wild = byFirstWord(wildLines.filter((p) => !leading(p)), wholeRe)
  const wildAny = anchoredByLiteral(wildLines.filter(leading), wholeRe)
  const start = byFirstWord(starts.filter((p) => !leading(p)), startRe)
  const startAny = anchoredByLiteral(starts.filter(leading), startRe)
  const any = (list: Array<[string, RegExp]>, text: string, key: string): RegExpExecArray | null => {
    for (const [lit, re] of list) {
      if (key.includes(lit)) { const m = re.exec(text); if (m) return m }
    }
    return null
  }
  return {
    whole(text, key, first) {
      if (literal.has(key)) return true
      if (text.length > 200) return false
      return (wild.size > 0 && firstMatch(wild, text, first) !== null) || (wildAny.length > 0 && any(wildAny, text, key) !== null)
    },
    start(text, first, key) {
      return (start.size ? firstMatch(start, text, first) : null) ?? (startAny.length ? any(startAny, text, key ?? phraseKey(text)) : null)
    },
  }
}
