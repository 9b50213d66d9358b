/**
 * Dependency-free language detection by function-word overlap.
 *
 * Every word of the text (up to a cap, so the cost stays linear and small) that is a function
 * word of some language votes for that language, with weight 1/k when k languages share the
 * word, so that words common to related languages (Danish and Norwegian "og", "ikke") count less
 * than the words that tell them apart ("mig" / "meg"). The winner must have enough votes, cover
 * a plausible share of the words and beat the runner-up clearly; otherwise the language is
 * unknown and the classifier uses its language-agnostic fallback (the union of all lists).
 */
import { FUNCTION_WORDS } from '../data/function-words.js'
import { charClasses } from '../features.js'

const LANGS = Object.keys(FUNCTION_WORDS)
/**
 * Votes are counted in integers: a word shared by k languages gives each UNIT / k, and UNIT is a
 * multiple of every k (the least common multiple of 1..LANGS.length). Sums are then exact, so a
 * document's vote is the same whether it is counted in one pass or line by line from a cache.
 */
const UNIT = (() => {
  const gcd = (a: number, b: number): number => (b ? gcd(b, a % b) : a)
  let l = 1
  for (let k = 2; k <= LANGS.length; k++) l = (l * k) / gcd(l, k)
  return l
})()
let index: Map<string, { langs: number[]; weight: number }> | undefined
/** Code units of the longest function word: a longer word is no vote (lower-casing never shortens a word, so its original length may be compared). */
let LONGEST = 0

function getIndex(): Map<string, { langs: number[]; weight: number }> {
  if (index) return index
  const m = new Map<string, number[]>()
  LANGS.forEach((lang, li) => {
    for (const word of FUNCTION_WORDS[lang]!) {
      const list = m.get(word) ?? []
      if (!list.includes(li)) list.push(li)
      m.set(word, list)
    }
  })
  index = new Map()
  for (const [word, langs] of m) { index.set(word, { langs, weight: UNIT / langs.length }); LONGEST = Math.max(LONGEST, word.length) }
  return index
}

/** A word of the vote: a run of letters and marks (`/[\p{L}\p{M}]+/u`), by the core's character classes. */
const ASTRAL_LETTER = /^[\p{L}\p{M}]/u

/** Code units of the letter or mark at `i` (1, or 2 for a surrogate pair), 0 when there is none. */
function letterUnit(text: string, i: number): number {
  if (i >= text.length) return 0
  const c = text.charCodeAt(i)
  if (c < 0xd800 || c > 0xdfff) {
    const k = charClasses()[c]!
    return k === 1 || k === 2 || k === 4 ? 1 : 0
  }
  if (c > 0xdbff || i + 1 >= text.length) return 0
  const d = text.charCodeAt(i + 1)
  if (d < 0xdc00 || d > 0xdfff) return 0
  return ASTRAL_LETTER.test(text.slice(i, i + 2)) ? 2 : 0
}
/** Words looked at: enough for a reliable vote, few enough to stay cheap on long pages. */
const MAX_WORDS = 600

export interface LanguageVote {
  language: string | undefined
  /** Weighted votes per language, highest first (for tests and explanations). */
  scores: Array<[string, number]>
  /** Words looked at. */
  words: number
}

/** Votes of some words: per language, the weighted votes (in UNITs) and the words that voted. */
interface Tally {
  words: number
  scores: Float64Array
  hits: Float64Array
}

const newTally = (): Tally => ({ words: 0, scores: new Float64Array(LANGS.length), hits: new Float64Array(LANGS.length) })

/** Adds the votes of the words of `text` to `t`, up to `maxWords` words in `t`. */
function count(text: string, t: Tally, maxWords: number): void {
  const idx = getIndex()
  const { scores, hits } = t
  const cls = charClasses()
  // the words of WORD_RE, scanned by a table of letters and marks (no match objects); the text is
  // lower-cased once, and word by word only when that changed its length. A word longer than
  // every function word is not looked up.
  const lower = text.toLowerCase()
  const aligned = lower.length === text.length
  const n = text.length
  let i = 0
  while (i < n && t.words < maxWords) {
    const c = text.charCodeAt(i)
    let w0: number
    if (c < 0xd800 || c > 0xdfff) { const k = cls[c]!; w0 = k === 1 || k === 2 || k === 4 ? 1 : 0 } else w0 = letterUnit(text, i)
    if (!w0) { i++; continue }
    const start = i
    i += w0
    for (;;) {
      if (i >= n) break
      const d = text.charCodeAt(i)
      if (d < 0xd800 || d > 0xdfff) {
        const k = cls[d]!
        if (k === 1 || k === 2 || k === 4) { i++; continue }
        break
      }
      const w = letterUnit(text, i)
      if (!w) break
      i += w
    }
    t.words++
    if (i - start > LONGEST) continue
    const e = idx.get(aligned ? lower.slice(start, i) : text.slice(start, i).toLowerCase())
    if (!e) continue
    for (const li of e.langs) { scores[li]! += e.weight; hits[li]! += 1 }
  }
}

function decide(t: Tally): LanguageVote {
  const ranked = LANGS.map((l, i) => [l, t.scores[i]! / UNIT, t.hits[i]!] as [string, number, number]).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  const [best, second] = ranked
  let language: string | undefined
  if (best && best[1] >= 2 && best[2] / Math.max(1, t.words) >= 0.08 && best[1] >= 1.25 * (second?.[1] ?? 0)) language = best[0]
  return { language, scores: ranked.map(([l, s]) => [l, Math.round(s * 100) / 100]), words: t.words }
}

/** Detailed vote; `detectLanguage` is the short form. */
export function languageVote(text: string): LanguageVote {
  const t = newTally()
  count(text, t, MAX_WORDS)
  return decide(t)
}

/** ISO 639-1 code of the text's language, or undefined when no supported language is clear. */
export function detectLanguage(text: string): string | undefined {
  return languageVote(text).language
}

/** Characters of a document's first lines that the classifier's vote reads (whole lines). */
const SAMPLE_CHARS = 4000

/**
 * The language of a document given as lines: the vote over its first lines (the first line that
 * takes the text joined with line breaks past SAMPLE_CHARS characters is the last), as
 * `detectLanguage` would give on that text. `cache` keeps each line's votes by its text, so that
 * the pipeline's later rounds over the same lines only add them up.
 */
export function lineVote(lines: ReadonlyArray<{ readonly text: string }>, cache?: Map<string, Tally>): LanguageVote {
  const t = newTally()
  let length = 0
  for (const l of lines) {
    const text = l.text
    let v = cache?.get(text)
    if (!v) {
      v = newTally()
      count(text, v, Infinity)
      cache?.set(text, v)
    }
    if (t.words + v.words <= MAX_WORDS) {
      t.words += v.words
      for (let k = 0; k < LANGS.length; k++) { t.scores[k]! += v.scores[k]!; t.hits[k]! += v.hits[k]! }
    } else {
      count(text, t, MAX_WORDS) // the line that reaches the cap: its first words only
    }
    length += text.length + 1
    if (length > SAMPLE_CHARS || t.words >= MAX_WORDS) break
  }
  return decide(t)
}

/** `lineVote`'s language. */
export function lineLanguage(lines: ReadonlyArray<{ readonly text: string }>, cache?: Map<string, Tally>): string | undefined {
  return lineVote(lines, cache).language
}

export type LanguageCache = Map<string, Tally>

/** Languages the detector knows. */
export const SUPPORTED_LANGUAGES: readonly string[] = LANGS
