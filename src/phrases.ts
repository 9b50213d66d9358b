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
  for (const part of phrase.trim().split(/(#|\*|'|’|\s+)/)) {
    if (!part) continue
    if (part === '#') out += NUMBER_SOURCE
    else if (part === '*') out += '.+?'
    else if (part === "'" || part === '’') out += "['’‘`´]"
    else if (/^\s+$/.test(part)) out += '[\\s\\u00A0]+'
    else out += escapeRegExp(part)
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

/** Group phrases by the first word of their key; '' collects those that start with a symbol or a wildcard. */
function byFirstWord(phrases: readonly string[], build: (alt: string) => RegExp): Map<string, RegExp> {
  const groups = new Map<string, string[]>()
  for (const p of phrases) {
    const w = /^[#*]/.test(p.trim()) ? '' : firstWord(phraseKey(p))
    const g = groups.get(w)
    if (g) g.push(p)
    else groups.set(w, [p])
  }
  return new Map([...groups].map(([w, ps]) => [w, build(alternation(ps))]))
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
  const wildAny = wild.get('')
  const start = byFirstWord(starts, (alt) => new RegExp(`^${EDGE}(?:${alt})(?![\\p{L}\\p{N}])`, 'iu'))
  const startAny = start.get('')
  return {
    whole(text, key, first) {
      if (literal.has(key)) return true
      if (!wild.size || text.length > 200) return false
      const re = wild.get(first)
      return (re !== undefined && re.test(text)) || (wildAny !== undefined && wildAny.test(text))
    },
    start(text, first) {
      if (!start.size) return null
      const re = start.get(first)
      return (re && re.exec(text)) || (startAny ? startAny.exec(text) : null)
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
