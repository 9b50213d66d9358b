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

/** The first word of a key ('' when the key starts with a symbol or wildcard). */
export function firstWord(key: string): string {
  let i = 0
  while (i < key.length && isWordCode(key.charCodeAt(i))) i++
  return key.slice(0, i)
}

/** Turn one phrase into a regex source: literal, case-insensitive, with `#`, `*` and `'` wildcards. */
export function phraseSource(phrase: string): string {
  let out = ''
  const parts = phrase.trim().split(/(#|\*|'|’|\s+)/).filter(Boolean)
  for (const [i, part] of parts.entries()) {
    if (part === '#') out += NUMBER_SOURCE
    else if (part === '*') out += '.+?'
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

/** The regexes a line must be tested against, from its first word. */
function candidates(groups: Map<string, RegExp>, text: string, first: string): RegExp[] {
  const out: RegExp[] = []
  const own = first ? groups.get(first) : groups.get('')
  if (own) out.push(own)
  if (first) {
    const c = first.charCodeAt(0)
    const number = groups.get('#')
    if (number && c >= 48 && c <= 57) out.push(number)
    // a line that starts with a symbol before its first word ("» Read more") may match a symbol phrase
    const symbol = groups.get('')
    if (symbol && !isWordCode(text.charCodeAt(0))) out.push(symbol)
  }
  const any = groups.get('*')
  if (any) out.push(any)
  return out
}

export interface PhraseMatcher {
  /** Whether the whole line (given with its key and the key's first word) is one of the phrases. */
  whole(text: string, key: string, first: string): boolean
  /** The line-start phrase match, or null. */
  start(text: string, first: string): RegExpExecArray | null
}

/** Build a matcher for `lines` (whole-line phrases) and `starts` (line-start phrases). */
export function compilePhrases(lines: readonly string[], starts: readonly string[]): PhraseMatcher {
  const literal = new Set(lines.filter((p) => !hasWildcard(p)).map(phraseKey))
  const wild = byFirstWord(lines.filter(hasWildcard), (alt) => new RegExp(`^${EDGE}(?:${alt})${EDGE}$`, 'iu'))
  const start = byFirstWord(starts, (alt) => new RegExp(`^${EDGE}(?:${alt})(?![\\p{L}\\p{N}])`, 'iu'))
  return {
    whole(text, key, first) {
      if (literal.has(key)) return true
      if (!wild.size || text.length > 200) return false
      for (const re of candidates(wild, text, first)) if (re.test(text)) return true
      return false
    },
    start(text, first) {
      if (!start.size) return null
      for (const re of candidates(start, text, first)) {
        const m = re.exec(text)
        if (m) return m
      }
      return null
    },
  }
}

/** A regex matching a line that is one of `phrases` as a whole (edge punctuation and symbols allowed). */
export function wholeLineRegExp(phrases: readonly string[]): RegExp | null {
  return phrases.length ? new RegExp(`^${EDGE}(?:${alternation(phrases)})${EDGE}$`, 'iu') : null
}

/** A regex matching a line that starts with one of `phrases`, followed by a non-word character or the end. */
export function lineStartRegExp(phrases: readonly string[]): RegExp | null {
  return phrases.length ? new RegExp(`^${EDGE}(?:${alternation(phrases)})(?![\\p{L}\\p{N}])`, 'iu') : null
}
