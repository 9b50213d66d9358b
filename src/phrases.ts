import { NUMBER_SOURCE, escapeRegExp } from './patterns.js'

/**
 * Compile phrase data (see src/data/phrases/types.ts) to regular expressions.
 * All phrases of one kind become ONE alternation, so a line is tested once per kind.
 */

/** Turn one phrase into a regex source: literal, case-insensitive, with `#`, `*` and `'` wildcards. */
export function phraseSource(phrase: string): string {
  let out = ''
  for (const part of phrase.trim().split(/(#|\*|'|’|\s+)/)) {
    if (!part) continue
    if (part === '#') out += NUMBER_SOURCE
    else if (part === '*') out += '.+?'
    else if (part === "'" || part === '’') out += "['’]"
    else if (/^\s+$/.test(part)) out += '[\\s\\u00A0]+'
    else out += escapeRegExp(part)
  }
  return out
}

const EDGE = '[\\s\\p{P}\\p{S}]*'

function alternation(phrases: readonly string[]): string | null {
  if (!phrases.length) return null
  // Longest first so that the alternation prefers the most specific phrase.
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
  return sorted.map(phraseSource).join('|')
}

/** A regex matching a line that is one of `phrases` as a whole (edge punctuation and symbols allowed). */
export function wholeLineRegExp(phrases: readonly string[]): RegExp | null {
  const alt = alternation(phrases)
  return alt ? new RegExp(`^${EDGE}(?:${alt})${EDGE}$`, 'iu') : null
}

/** A regex matching a line that starts with one of `phrases`, followed by a non-word character or the end. */
export function lineStartRegExp(phrases: readonly string[]): RegExp | null {
  const alt = alternation(phrases)
  return alt ? new RegExp(`^${EDGE}(?:${alt})(?![\\p{L}\\p{N}])`, 'iu') : null
}
