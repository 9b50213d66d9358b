/**
 * Features of the lines of one document, for the boilerplate classifier.
 *
 * Per line (one word scan, one character scan and a few anchored regexes): length in words and
 * characters, function-word density for the document's language, sentence shape, title-case and
 * upper-case ratios, digit and symbol ratios, list / code / table / date / comment cues.
 * Per document (linear passes with prefix sums): windows of neighbouring lines, runs of short
 * lines, repetition of the same text, position in the page and distance to the main run of
 * prose (a max-sum segment over a prose score, as in jusText's "good block clusters").
 */
import type { ClassifierLine } from './types.js'
import { beforeAttribution, beforeFootnote, charClasses, isCjkCode, isCjkFunctionCode } from '../features.js'
import type { LanguageCache } from './language.js'

export interface LineStats {
  words: number
  chars: number
  /** Function words of the document's language. */
  fw: number
  capWords: number
  letters: number
  upper: number
  digits: number
  /** Characters that are neither letters, digits nor spaces. */
  symbols: number
  sentences: number
  endsSentence: boolean
  endsColon: boolean
  endsEllipsis: boolean
  listMarker: boolean
  startsLower: boolean
  date: boolean
  time: boolean
  commentCue: boolean
  byline: boolean
  copyright: boolean
  navCue: boolean
  relatedCue: boolean
  codeLike: boolean
  /** Opens a comment section: "59 Comments", "Leave a Reply", "Join the discussion". */
  commentStart: boolean
  /** Marks the end of the article body: share bar, tags, about the author, related posts. */
  endMarker: boolean
  urlLike: boolean
  separators: number
  /** Prose-shaped: long enough, sentence-like, rich in function words. */
  prose: boolean
  /** Short: fewer than 7 words and no sentence end. */
  short: boolean
  /** Distinct content words (lower case, 3+ characters, not function words), for lexical cohesion. */
  terms: readonly string[]
  /** The line in lower case (repetition inside the document is counted on it). */
  lower: string
  /** The first three and the last two words, lower case, digits masked: the line's template. */
  head: string
  tail: string
}

/**
 * A case-insensitive pattern to test against the lower-cased line: the same pattern without the
 * `i` flag. V8 runs /iu patterns several times slower than /u ones (six times on this file's
 * cue patterns), and the line is lower-cased once for all of them.
 */
function lower(re: RegExp): RegExp {
  return new RegExp(re.source, re.flags.replace('i', ''))
}

const WORD_RE = /[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*/gu
const CAP_RE = /^[\p{Lu}\p{Lt}]/u
const SENT_END = /[.!?…。！？][\p{Pf}\p{Pe}"'’”»)\]]*$/u
const SENT_BOUNDARY = /[.!?…][\p{Pf}\p{Pe}"'’”»)\]]*\s+(?=[\p{Lu}\p{Pi}\p{Ps}"“«\d])/gu
const LIST_MARKER = /^(?:[-*•·‣◦▪▫■□●○–—✓✔►▶→]\s*|\(?\d{1,3}[.)]\s|\(?[a-zA-Z][.)]\s|[ivxIVX]{1,4}[.)]\s)/u
const MONTH = lower(/\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\.?\s+\d{1,2}\b|\b\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\w*\.?,?\s+\d{4}\b|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b/iu)
export const TIME = lower(/\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?|\b\d+\s*(?:min(?:ute)?s?|h(?:ou)?rs?|days?|weeks?|months?|years?|yrs?|mo|wk|[mhdwy])\s+ago\b|\b(?:yesterday|today)\b/iu)
const COMMENT_CUE = lower(/^(?:reply|replies|report|like|likes|quote|flag|upvote|downvote|\d+\s+(?:replies|likes|comments?|responses?))$|\b(?:says|wrote|said|commented)\s*:?$|\breply\b|\b(?:comments?|responses?)\s*\(?\d*\)?$|^\d+\s+(?:comments?|responses?|replies)\b/iu)
const BYLINE = lower(/^(?:by|posted by|written by|author|authored by|von|par|por|di|door)\b[\s:]/iu)
/** The copyright / legal cue as written (lineStats tests COPYRIGHT_FAST, the same strings). */
export const COPYRIGHT = lower(/©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b|\bterms (?:of|and) (?:use|service|conditions)\b|\bprivacy policy\b|\b(?:cookie (?:policy|settings|preferences|notice|consent|statement|declaration)\b|(?:accept|reject|manage|allow|decline|use|uses|using)(?: of)?(?: all| our)? cookies\b|(?:website|site|browser)\b[^.]{0,60}\bcookies\b|^cookies$|cookies?\b[^.]{0,80}\b(?:website|site|browsing|browser|experience|consent|accept|analytics|personali[sz]e|third[- ]party|privacy|policy|settings|preferences)\b)/i)
/**
 * COPYRIGHT with the `\b` its word alternatives share taken out of the alternation: the same
 * strings match (a test only asks whether one does), and V8 scans a line for it about a sixth
 * faster.
 */
export const COPYRIGHT_FAST = /©|\(c\)\s*\d{4}|\b(?:copyright\b|all rights reserved\b|terms (?:of|and) (?:use|service|conditions)\b|privacy policy\b|cookie (?:policy|settings|preferences|notice|consent|statement|declaration)\b|(?:accept|reject|manage|allow|decline|use|uses|using)(?: of)?(?: all| our)? cookies\b|(?:website|site|browser)\b[^.]{0,60}\bcookies\b|^cookies$|cookies?\b[^.]{0,80}\b(?:website|site|browsing|browser|experience|consent|accept|analytics|personali[sz]e|third[- ]party|privacy|policy|settings|preferences)\b)/
const NAV_CUE = lower(/^(?:home|menu|search|log ?in|log ?out|sign ?in|sign ?up|register|subscribe|contact(?: us)?|about(?: us)?|privacy|terms|faq|help|skip to|next|prev(?:ious)?|back to|go to|view all|see all|show more|load more|more|share|tweet|pin|email|print|follow(?: us)?|newsletter|tags?|categor(?:y|ies)|archives?|close|open|toggle|cart|shop|donate|advertise|careers|jobs|blog|news|resources|products?|services|solutions|pricing|support|docs|documentation)\b/iu)
const RELATED_CUE = lower(/^(?:related|read (?:more|next|also)|you (?:may|might) (?:also )?like|recommended|popular|trending|latest|more (?:from|in|on|stories|articles|news)|see also|further reading|up next|most (?:read|popular|viewed)|editor'?s picks?|also read|previous (?:post|article)|next (?:post|article))\b/iu)
const COMMENT_START = lower(/^(?:\d+\s+)?(?:comments?|responses?|replies|reactions|discussion)\b|\bleave a (?:reply|comment)\b|\b(?:post|add|write|submit) (?:a|your) (?:comment|reply|review)\b|\bjoin the (?:discussion|conversation)\b|\bemail address will not be published\b|\bcomments are closed\b|^(?:\d+\s+)?thoughts? on\b|\bhave your say\b|^what do you think\??$/iu)
const END_MARKER = lower(/^(?:share(?: this)?(?: (?:post|article|story|page))?:?|tags?:|tagged(?: with)?:?|filed under:?|categor(?:y|ies):|about the author|more (?:from|by) (?:this )?(?:author|the author)|related(?: posts| articles| stories| content| reading)?:?|you (?:may|might) also like|recommended(?: for you)?|previous (?:post|article)|next (?:post|article)|like this:?|sources?:|references?:?)$|^(?:share|tags|categories|category|filed under|posted in)\s*:/iu)
const CODE_LIKE = /[{};]\s*$|^\s*(?:const|let|var|function|import|export|return|def|class|if|for|while|print|echo|sudo|npm|pip|git|docker|curl|SELECT|INSERT|#include|public|private|<\/?[a-z]+)\b|=>|\(\)|[=!]==?|\$\s|^\s*[#$>]\s|\w\(\w*\)|\w\.\w+\(/u
const CODE_CHARS = /[{};=($#><]/
const CODE_START = /^\s*(?:const|let|var|function|import|export|return|def|class|if|for|while|print|echo|sudo|npm|pip|git|docker|curl|SELECT|INSERT|#include|public|private|<\/?[a-z]+)\b/u
export const URL_LIKE = lower(/https?:\/\/|www\.|[\w.-]@[\w-]+\.\w|[\w-]\.(?:com|org|net|io|co|gov|edu)\b/i)
/**
 * Whether a lower-cased line can match URL_LIKE: each of its alternatives needs "://", "www.",
 * an "@", or a dot followed by the first letter of one of its domains (c o n i g e). Most prose
 * has dots only before spaces, and the test is a few scans for single characters.
 */
export function maybeUrl(lc: string): boolean {
  if (lc.includes('://') || lc.includes('@') || lc.includes('www.')) return true
  for (let i = lc.indexOf('.'); i >= 0; i = lc.indexOf('.', i + 1)) {
    const c = lc.charCodeAt(i + 1)
    if (c === 99 || c === 111 || c === 110 || c === 105 || c === 103 || c === 101) return true
  }
  return false
}
/**
 * Whether a lower-cased line can match TIME: its clock alternative needs a colon, its "ago"
 * alternative "ago", and "yesterday" and "today" both contain "day".
 */
export function maybeTime(lc: string): boolean {
  return lc.includes(':') || lc.includes('ago') || lc.includes('day')
}
const SEPARATORS = /\s[|·•»›/]\s|\s-\s/gu
const DIGITS = /\d+/g
const DIGIT = /\d/
/** A word of a line's template: its digits masked. */
const masked = (word: string): string => (DIGIT.test(word) ? word.replace(DIGITS, '0') : word)
/** Words of a line scanned for content terms (a long paragraph needs no more to show its topic). */
const MAX_TERMS_SCAN = 80
/** Prose lines a page needs before lexical cohesion is measured on it. */
const MIN_PROSE_FOR_TOPIC = 4
/** The word alternative of TIME (the others need a digit). */
export const TIME_WORD = lower(/\b(?:yesterday|today)\b/i)

/** A full stop of Chinese or Japanese with more text after it (these need no space). */
const CJK_BOUNDARY = /[。！？][」』”’）)]*(?=[^\s」』”’）)])/gu

/** Whether text[from, to) has a Chinese ideograph or a kana. */
function hasCjk(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isCjkCode(text.charCodeAt(k))) return true
  return false
}

/** The function words of the last run cjkRun counted. */
let cjkFunctionWords = 0

/**
 * Words of a run of word characters that holds Chinese or Japanese text (its function words are
 * left in cjkFunctionWords). A piece of other characters ("18", "iPhone") is one word; a
 * piece of ideographs and kana of length L counts ceil(L / 2) words (a Chinese word averages
 * 1.5–2 characters; an estimate, not a segmentation, so the same text always counts the same),
 * and its function words are the characters of CJK_FUNCTION_CHARS (particles, auxiliaries,
 * pronouns), at most one per counted word.
 */
function cjkRun(text: string, from: number, to: number): number {
  let words = 0, fw = 0
  let k = from
  while (k < to) {
    const c = text.charCodeAt(k)
    if (isCjkCode(c)) {
      let len = 0, f = 0
      while (k < to && isCjkCode(text.charCodeAt(k))) { if (isCjkFunctionCode(text.charCodeAt(k))) f++; len++; k++ }
      const w = Math.ceil(len / 2)
      words += w
      fw += Math.min(f, w)
    } else {
      words++
      while (k < to && !isCjkCode(text.charCodeAt(k))) k++
    }
  }
  cjkFunctionWords = fw
  return words
}

/**
 * What each UTF-16 code unit counts as: 0 nothing, 1 letter, 2 upper-case letter, 3 digit,
 * 4 space. Computed once: case mapping of the unit, combining marks, every code unit from U+2E80
 * on (CJK and what follows), and the letters and marks of the scripts without case below it.
 */
let KIND: Uint8Array | undefined
const CASELESS_LETTER = /[\p{L}\p{M}]/u
function kindTable(): Uint8Array {
  const t = new Uint8Array(65536)
  for (let c = 0; c < 65536; c++) {
    if (c >= 48 && c <= 57) t[c] = 3
    else if (c >= 65 && c <= 90) t[c] = 2
    else if (c >= 97 && c <= 122) t[c] = 1
    else if (c === 32 || c === 160 || c === 9) t[c] = 4
    else if (c > 127) {
      const ch = String.fromCharCode(c)
      if (ch.toLowerCase() !== ch) t[c] = 2
      else if (ch.toUpperCase() !== ch) t[c] = 1
      else if (c >= 0x0300 && c < 0x0370) t[c] = 1
      else if (c >= 0x2e80) t[c] = 1 // CJK and other scripts without case
      else if (CASELESS_LETTER.test(ch)) t[c] = 1 // Hebrew, Arabic, Indic, Thai, … letters and their vowel signs
    }
  }
  return t
}

/*
 * A word is scanned with the core's character classes (src/features.ts: 0 other, 1 letter,
 * 2 capital, 3 number, 4 mark) instead of a regex match per word: the words of WORD_RE, with
 * capitals as CAP_RE has them, and surrogate pairs tested one by one.
 */
const ASTRAL_WORD = /^[\p{L}\p{M}\p{N}]/u
const ASTRAL_CAP = /^[\p{Lu}\p{Lt}]/u

/** Code units of the word character at `i` (1, or 2 for a surrogate pair), 0 when there is none. */
function wordUnit(text: string, i: number): number {
  if (i >= text.length) return 0
  const c = text.charCodeAt(i)
  if (c < 0xd800 || c > 0xdfff) return charClasses()[c]! !== 0 ? 1 : 0
  if (c > 0xdbff || i + 1 >= text.length) return 0
  const d = text.charCodeAt(i + 1)
  if (d < 0xdc00 || d > 0xdfff) return 0
  return ASTRAL_WORD.test(text.slice(i, i + 2)) ? 2 : 0
}

function capitalAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (c < 0xd800 || c > 0xdfff) return charClasses()[c] === 2
  return ASTRAL_CAP.test(text.slice(i, i + 2))
}

const longest = new WeakMap<ReadonlySet<string>, number>()
/** The length of the longest word of a set: longer words need no lookup. */
function longestWord(set: ReadonlySet<string>): number {
  let n = longest.get(set)
  if (n === undefined) {
    n = 0
    for (const w of set) n = Math.max(n, w.length)
    longest.set(set, n)
  }
  return n
}

/** Per-line statistics. `fw` is the function-word set of the document's language. */
export function lineStats(text: string, fw: ReadonlySet<string>): LineStats {
  let words = 0
  let fwc = 0
  let capWords = 0
  let cjkRuns = 0
  const maxFw = longestWord(fw)
  const lc = text.toLowerCase()
  // word slices of the lower-cased line line up with the line unless lower-casing changed a length
  const aligned = lc.length === text.length
  const terms: string[] = []
  let head = ''
  let last1 = '', last2 = ''
  const n = text.length
  let i = 0
  while (i < n) {
    const w0 = wordUnit(text, i)
    if (!w0) { i++; continue }
    // a word: WORD_RE's runs of letters, marks and digits joined by ' ’ or -
    const start = i
    i += w0
    for (;;) {
      const w = wordUnit(text, i)
      if (w) { i += w; continue }
      const ch = text.charCodeAt(i)
      if (ch === 39 || ch === 0x2019 || ch === 45) {
        const w2 = wordUnit(text, i + 1)
        if (w2) { i += 1 + w2; continue }
      }
      break
    }
    const len = i - start
    const lower = aligned ? lc.slice(start, i) : text.slice(start, i).toLowerCase()
    // Chinese and Japanese write no spaces between words: a run with ideographs or kana counts
    // as the words and function words of its pieces (see cjkRun)
    const cjk = hasCjk(text, start, i) ? cjkRun(text, start, i) : 0
    if (cjk) {
      cjkRuns++
      words += cjk
      fwc += cjkFunctionWords
    } else {
      words++
      if (capitalAt(text, start)) capWords++
    }
    const isFw = !cjk && len <= maxFw && fw.has(lower)
    if (isFw) fwc++
    else if (len >= 3 && words <= MAX_TERMS_SCAN && !terms.includes(lower)) terms.push(lower)
    if (words <= 3) head += (words > 1 ? ' ' : '') + masked(lower)
    last2 = last1; last1 = lower
  }
  let letters = 0
  let upper = 0
  let digits = 0
  let spaces = 0
  const kinds = (KIND ??= kindTable())
  for (let i = 0; i < text.length; i++) {
    const k = kinds[text.charCodeAt(i)]!
    if (k === 1) letters++
    else if (k === 2) { letters++; upper++ }
    else if (k === 3) digits++
    else if (k === 4) spaces++
  }
  const symbols = Math.max(0, text.length - letters - digits - spaces)
  SENT_BOUNDARY.lastIndex = 0
  let boundaries = 0
  while (SENT_BOUNDARY.exec(text) !== null) boundaries++
  if (cjkRuns > 0 && words > 1) {
    CJK_BOUNDARY.lastIndex = 0
    while (CJK_BOUNDARY.exec(text) !== null) boundaries++
  }
  SEPARATORS.lastIndex = 0
  let separators = 0
  while (SEPARATORS.exec(text) !== null) separators++
  // a footnote reference after the full stop ends the sentence too ("… in Chicago.1", "….[38]"),
  // and so does the attribution of a quoted paragraph ("… differently. – Jane Doe, CEO, Acme")
  const cut = beforeFootnote(text, beforeAttribution(text, text.length))
  const endsSentence = SENT_END.test(text) || (cut < text.length && SENT_END.test(text.slice(0, cut)))
  const density = words ? fwc / words : 0
  return {
    words,
    chars: text.length,
    fw: fwc,
    capWords,
    letters,
    upper,
    digits,
    symbols,
    sentences: boundaries + (words > 0 ? 1 : 0),
    endsSentence,
    endsColon: /[:：]$/u.test(text),
    endsEllipsis: /(?:\.\.\.|…)\s*(?:\S{0,12})$/u.test(text),
    listMarker: LIST_MARKER.test(text),
    startsLower: /^[\p{Ll}]/u.test(text),
    // every date pattern needs a digit, and so does every time pattern but two words
    date: digits > 0 && MONTH.test(lc),
    time: digits > 0 ? maybeTime(lc) && TIME.test(lc) : lc.includes('day') && TIME_WORD.test(lc),
    commentCue: words <= 12 && COMMENT_CUE.test(lc),
    byline: words <= 12 && BYLINE.test(lc),
    copyright: COPYRIGHT_FAST.test(lc),
    navCue: words <= 6 && NAV_CUE.test(lc),
    relatedCue: words <= 10 && RELATED_CUE.test(lc),
    // every alternative of CODE_LIKE but the keyword at the start needs one of CODE_CHARS
    codeLike: CODE_CHARS.test(text) ? CODE_LIKE.test(text) : CODE_START.test(text),
    commentStart: words <= 14 && COMMENT_START.test(lc),
    endMarker: words <= 8 && END_MARKER.test(lc),
    urlLike: maybeUrl(lc) && URL_LIKE.test(lc),
    separators,
    prose: words >= 10 && endsSentence && density >= 0.2,
    short: words < 7 && !endsSentence,
    terms,
    lower: lc,
    head: words >= 2 ? head : '',
    tail: words >= 3 ? masked(last2) + ' ' + masked(last1) : '',
  }
}

/** Names of the columns of the feature matrix, in order (the weights refer to them by index). */
export const FEATURE_NAMES = [
  // the line itself
  'logWords', 'logChars', 'fwDensity', 'fwCount', 'endsSentence', 'wordsPerSentence', 'sentences',
  'capRatio', 'upperRatio', 'digitRatio', 'symbolRatio', 'endsColon', 'endsEllipsis', 'listMarker',
  'startsLower', 'date', 'time', 'commentCue', 'byline', 'copyright', 'navCue', 'relatedCue',
  'codeLike', 'urlLike', 'separators', 'prose', 'gapBefore', 'repeats', 'laterRepeat',
  // position
  'relPos', 'wordsBeforeShare', 'wordsAfterShare',
  // neighbours
  'prevLogWords', 'prevFw', 'prevEnds', 'prevList', 'nextLogWords', 'nextFw', 'nextEnds', 'nextList',
  'win3Words', 'win3Fw', 'win3Prose', 'win10Words', 'win10Fw', 'win10Prose', 'win30Prose',
  'shortRun', 'listRun', 'distProseAbove', 'distProseBelow',
  // main region (max-sum segment of prose)
  'inRegion', 'distRegion', 'regionRelPos', 'regionShare', 'afterRegionWords', 'beforeRegionWords',
  'commentAbove', 'relatedAbove', 'copyrightAbove',
  'commentStartAbove', 'proseAboveCommentStart', 'endMarkerAbove', 'proseSinceEndMarker', 'commentStart', 'endMarker',
  'datedWin10', 'navWin5', 'prevDated', 'nextDated', 'prevShort', 'nextShort',
  // lexical cohesion with the prose of the page, and lines cut from one template
  'topicOverlap', 'regionOverlap', 'headRepeats', 'tailRepeats',
  // document (its size is not a feature: a prior on page length made a 10,000-word essay look
  // like a comment page)
  'docProseShare', 'docShortShare',
] as const

export const N_FEATURES = FEATURE_NAMES.length

export interface DocumentFeatures {
  stats: LineStats[]
  /** Row-major n × N_FEATURES. */
  matrix: Float64Array
  /** The main prose region [start, end] (inclusive line indices), or [-1, -2] when there is none. */
  region: [number, number]
}

const log1 = (x: number): number => Math.log(1 + x)

/**
 * Line statistics remembered across the calls for one document (the pipeline classifies the
 * same lines again in each round). Valid for one function-word set; reset when it changes.
 */
export interface StatsCache {
  fw: ReadonlySet<string> | null
  map: Map<string, CachedLine>
  /** Small-integer ids of the content terms of the cached lines. */
  termIds: Map<string, number>
  /** Small-integer ids of the cached lines' lower-cased texts, heads and tails (for counting repeats). */
  keyIds: Map<string, number>
  /** Language votes of the lines, by text (they do not depend on `fw`). */
  votes: LanguageCache
}

/** A cached line: its statistics and the ids of its terms. */
interface CachedLine {
  stats: LineStats
  ids: Int32Array
  /** Ids in StatsCache.keyIds of `stats.lower`, `stats.head` and `stats.tail` (-1: no head or tail). */
  key: number
  head: number
  tail: number
}

export function createStatsCache(): StatsCache {
  return { fw: null, map: new Map(), termIds: new Map(), keyIds: new Map(), votes: new Map() }
}

/** The ids of `terms` in `dict`, new terms numbered on from its size. */
function termIds(terms: readonly string[], dict: Map<string, number>): Int32Array {
  const ids = new Int32Array(terms.length)
  for (let k = 0; k < terms.length; k++) {
    const t = terms[k]!
    let id = dict.get(t)
    if (id === undefined) { id = dict.size; dict.set(t, id) }
    ids[k] = id
  }
  return ids
}

/** The id of `key` in `dict` (a new key is numbered on from its size). */
function idOf(key: string, dict: Map<string, number>): number {
  let id = dict.get(key)
  if (id === undefined) { id = dict.size; dict.set(key, id) }
  return id
}
/** The id of a line's head or tail, -1 when it has none. */
const partId = (part: string, dict: Map<string, number>): number => (part ? idOf(part, dict) : -1)

/** For each line, how many lines of the document share its id (0 for id -1). */
function idCounts(ids: Int32Array, size: number): Int32Array {
  const tally = new Int32Array(size)
  for (let i = 0; i < ids.length; i++) if (ids[i]! >= 0) tally[ids[i]!]!++
  const out = new Int32Array(ids.length)
  for (let i = 0; i < ids.length; i++) out[i] = ids[i]! >= 0 ? tally[ids[i]!]! : 0
  return out
}

/** Features of every line of a document. Linear in the number of lines. */
export function documentFeatures(lines: readonly ClassifierLine[], fw: ReadonlySet<string>, cache?: StatsCache): DocumentFeatures {
  const n = lines.length
  const stats: LineStats[] = new Array(n)
  // the terms of each line as ids (the pipeline classifies the same lines in each round: with a
  // cache the terms are looked up once per line, and counted in arrays)
  const ids: Int32Array[] = new Array(n)
  // ids of each line's lower-cased text, head and tail, to count repeats in arrays
  const keyOf = new Int32Array(n)
  const headOf = new Int32Array(n)
  const tailOf = new Int32Array(n)
  let dict: Map<string, number>
  let keys: Map<string, number>
  if (cache) {
    if (cache.fw !== fw) { cache.fw = fw; cache.map.clear(); cache.termIds.clear(); cache.keyIds.clear() }
    const m = cache.map
    dict = cache.termIds
    keys = cache.keyIds
    for (let i = 0; i < n; i++) {
      const text = lines[i]!.text
      let c = m.get(text)
      if (!c) {
        const s = lineStats(text, fw)
        c = { stats: s, ids: termIds(s.terms, dict), key: idOf(s.lower, keys), head: partId(s.head, keys), tail: partId(s.tail, keys) }
        m.set(text, c)
      }
      stats[i] = c.stats
      ids[i] = c.ids
      keyOf[i] = c.key
      headOf[i] = c.head
      tailOf[i] = c.tail
    }
  } else {
    dict = new Map()
    keys = new Map()
    for (let i = 0; i < n; i++) {
      const s = (stats[i] = lineStats(lines[i]!.text, fw))
      ids[i] = termIds(s.terms, dict)
      keyOf[i] = idOf(s.lower, keys)
      headOf[i] = partId(s.head, keys)
      tailOf[i] = partId(s.tail, keys)
    }
  }
  const F = N_FEATURES
  const X = new Float64Array(n * F)
  // prefix sums over words, function words, prose lines
  const pw = new Float64Array(n + 1)
  const pf = new Float64Array(n + 1)
  const pp = new Float64Array(n + 1)
  let proseLines = 0
  let shortLines = 0
  for (let i = 0; i < n; i++) {
    const s = stats[i]!
    pw[i + 1] = pw[i]! + s.words
    pf[i + 1] = pf[i]! + s.fw
    pp[i + 1] = pp[i]! + (s.prose ? 1 : 0)
    if (s.prose) proseLines++
    if (s.short) shortLines++
  }
  const total = pw[n]!
  const pd = new Float64Array(n + 1)
  const pnav = new Float64Array(n + 1)
  for (let i = 0; i < n; i++) {
    const s = stats[i]!
    pd[i + 1] = pd[i]! + (s.date || s.time ? 1 : 0)
    pnav[i + 1] = pnav[i]! + (s.navCue || s.endMarker ? 1 : 0)
  }
  let proseWordsSoFar = 0, commentStartAbove = 0, proseAboveCS = 0, endMarkerAbove = 0, proseSinceEnd = 0
  const win = (p: Float64Array, i: number, k: number): number => {
    const a = Math.max(0, i - k)
    const b = Math.min(n, i + k + 1)
    return p[b]! - p[a]! - (p[i + 1]! - p[i]!)
  }
  const winLines = (i: number, k: number): number => Math.min(n, i + k + 1) - Math.max(0, i - k) - 1
  // repetition: exact repeats of the normalised text
  const repeats = idCounts(keyOf, keys.size)
  const seenLater = new Uint8Array(keys.size)
  const laterRepeat = new Uint8Array(n)
  for (let i = n - 1; i >= 0; i--) {
    laterRepeat[i] = seenLater[keyOf[i]!]!
    seenLater[keyOf[i]!] = 1
  }
  // runs of short lines and of list lines
  const shortRun = runs(stats.map(s => s.short))
  const listRun = runs(stats.map(s => s.listMarker))
  // distance to the nearest prose line above and below
  const above = new Int32Array(n)
  const below = new Int32Array(n)
  let last = -1
  for (let i = 0; i < n; i++) { above[i] = last < 0 ? 50 : Math.min(50, i - last); if (stats[i]!.prose) last = i }
  last = -1
  for (let i = n - 1; i >= 0; i--) { below[i] = last < 0 ? 50 : Math.min(50, last - i); if (stats[i]!.prose) last = i }
  // main region: max-sum segment of a prose score (Kadane), prose words positive, other lines negative
  let bestSum = 0, bestA = -1, bestB = -2, cur = 0, curA = 0
  for (let i = 0; i < n; i++) {
    const s = stats[i]!
    const v = s.prose ? s.words : s.words >= 10 && s.fw / Math.max(1, s.words) > 0.15 ? s.words * 0.3 : -Math.max(2, s.words)
    if (cur <= 0) { cur = v; curA = i } else cur += v
    if (cur > bestSum) { bestSum = cur; bestA = curA; bestB = i }
  }
  const regionWords = bestA >= 0 ? pw[bestB + 1]! - pw[bestA]! : 0
  // Lexical cohesion: the share of a line's content words that other prose lines of the page use
  // (an article's subheadings, captions and list items share its vocabulary; menus, teasers of
  // other stories and shop widgets do not), over all prose lines and over the main region.
  // (document frequencies indexed by term id)
  const proseDf = new Int32Array(dict.size)
  const regionDf = new Int32Array(dict.size)
  for (let i = 0; i < n; i++) {
    const s = stats[i]!
    const proseLike = s.prose || (s.words >= 10 && s.fw / Math.max(1, s.words) > 0.15)
    if (!proseLike) continue
    const inR = i >= bestA && i <= bestB
    for (const t of ids[i]!) {
      proseDf[t]!++
      if (inR) regionDf[t]!++
    }
  }
  // Not measured (-1) on prose lines themselves, nor on pages with too little prose to show a
  // vocabulary: two paragraphs of a short article need not share a word, and a paragraph must
  // never look off-topic for that.
  let proseLikeLines = 0
  for (const s of stats) if (s.prose || (s.words >= 10 && s.fw / Math.max(1, s.words) > 0.15)) proseLikeLines++
  const overlap = (i: number, df: Int32Array, self: boolean): number => {
    const terms = ids[i]!
    if (!terms.length || self || proseLikeLines < MIN_PROSE_FOR_TOPIC) return -1
    let hit = 0
    for (const t of terms) if (df[t]! > 0) hit++
    return hit / terms.length
  }
  // templates: other lines with the same first three or last two words (digits masked)
  const heads = idCounts(headOf, keys.size)
  const tails = idCounts(tailOf, keys.size)
  // cues seen above (comment markers, related headings, copyright) after the region start
  let commentSeen = 0, relatedSeen = 0, copySeen = 0
  const docProseShare = n ? proseLines / n : 0
  const docShortShare = n ? shortLines / n : 0
  for (let i = 0; i < n; i++) {
    const s = stats[i]!
    const r = i * F
    const words = s.words
    // the columns of the row, in FEATURE_NAMES order
    let j = r
    X[j++] = log1(words)
    X[j++] = log1(s.chars)
    X[j++] = words ? s.fw / words : 0
    X[j++] = s.fw
    X[j++] = s.endsSentence ? 1 : 0
    X[j++] = words / Math.max(1, s.sentences)
    X[j++] = s.sentences
    X[j++] = words ? s.capWords / words : 0
    X[j++] = s.letters ? s.upper / s.letters : 0
    X[j++] = s.chars ? s.digits / s.chars : 0
    X[j++] = s.chars ? s.symbols / s.chars : 0
    X[j++] = s.endsColon ? 1 : 0
    X[j++] = s.endsEllipsis ? 1 : 0
    X[j++] = s.listMarker ? 1 : 0
    X[j++] = s.startsLower ? 1 : 0
    X[j++] = s.date ? 1 : 0
    X[j++] = s.time ? 1 : 0
    X[j++] = s.commentCue ? 1 : 0
    X[j++] = s.byline ? 1 : 0
    X[j++] = s.copyright ? 1 : 0
    X[j++] = s.navCue ? 1 : 0
    X[j++] = s.relatedCue ? 1 : 0
    X[j++] = s.codeLike ? 1 : 0
    X[j++] = s.urlLike ? 1 : 0
    X[j++] = s.separators
    X[j++] = s.prose ? 1 : 0
    X[j++] = lines[i]!.gapBefore ? 1 : 0
    X[j++] = repeats[i]! - 1
    X[j++] = laterRepeat[i]!
    // position
    X[j++] = n > 1 ? i / (n - 1) : 0
    X[j++] = total ? pw[i]! / total : 0
    X[j++] = total ? (total - pw[i + 1]!) / total : 0
    // neighbours
    const p = i > 0 ? stats[i - 1]! : undefined
    const q = i + 1 < n ? stats[i + 1]! : undefined
    X[j++] = p ? log1(p.words) : -1
    X[j++] = p && p.words ? p.fw / p.words : 0
    X[j++] = p?.endsSentence ? 1 : 0
    X[j++] = p?.listMarker ? 1 : 0
    X[j++] = q ? log1(q.words) : -1
    X[j++] = q && q.words ? q.fw / q.words : 0
    X[j++] = q?.endsSentence ? 1 : 0
    X[j++] = q?.listMarker ? 1 : 0
    const w3 = win(pw, i, 3)
    X[j++] = log1(w3 / Math.max(1, winLines(i, 3)))
    X[j++] = w3 ? win(pf, i, 3) / w3 : 0
    X[j++] = winLines(i, 3) ? win(pp, i, 3) / winLines(i, 3) : 0
    const w10 = win(pw, i, 10)
    X[j++] = log1(w10 / Math.max(1, winLines(i, 10)))
    X[j++] = w10 ? win(pf, i, 10) / w10 : 0
    X[j++] = winLines(i, 10) ? win(pp, i, 10) / winLines(i, 10) : 0
    X[j++] = winLines(i, 30) ? win(pp, i, 30) / winLines(i, 30) : 0
    X[j++] = log1(shortRun[i]!)
    X[j++] = log1(listRun[i]!)
    X[j++] = log1(above[i]!)
    X[j++] = log1(below[i]!)
    // region
    const inRegion = i >= bestA && i <= bestB
    X[j++] = inRegion ? 1 : 0
    X[j++] = bestA < 0 ? 6 : inRegion ? 0 : log1(i < bestA ? bestA - i : i - bestB) * (i < bestA ? -1 : 1)
    X[j++] = bestA < 0 || bestB <= bestA ? 0.5 : (i - bestA) / (bestB - bestA)
    X[j++] = total ? regionWords / total : 0
    X[j++] = bestA < 0 ? 0 : log1(Math.max(0, pw[i]! - pw[bestB + 1]!))
    X[j++] = bestA < 0 ? 0 : log1(Math.max(0, pw[bestA]! - pw[i + 1]!))
    if (i > bestA && bestA >= 0) {
      if (s.commentCue) commentSeen = 1
    }
    X[j++] = commentSeen
    X[j++] = relatedSeen
    X[j++] = copySeen
    if (s.relatedCue && i >= bestA && bestA >= 0) relatedSeen = 1
    if (s.copyright) copySeen = 1
    X[j++] = commentStartAbove
    X[j++] = commentStartAbove && total ? proseAboveCS / total : 0
    X[j++] = endMarkerAbove
    X[j++] = endMarkerAbove ? log1(proseSinceEnd) : -1
    X[j++] = s.commentStart ? 1 : 0
    X[j++] = s.endMarker ? 1 : 0
    X[j++] = winLines(i, 10) ? win(pd, i, 10) / winLines(i, 10) : 0
    X[j++] = winLines(i, 5) ? win(pnav, i, 5) / winLines(i, 5) : 0
    X[j++] = p && (p.date || p.time) ? 1 : 0
    X[j++] = q && (q.date || q.time) ? 1 : 0
    X[j++] = p?.short ? 1 : 0
    X[j++] = q?.short ? 1 : 0
    {
      const proseLike = s.prose || (s.words >= 10 && s.fw / Math.max(1, s.words) > 0.15)
      X[j++] = overlap(i, proseDf, proseLike)
      X[j++] = overlap(i, regionDf, proseLike && i >= bestA && i <= bestB)
      X[j++] = s.head ? log1(heads[i]! - 1) : 0
      X[j++] = s.tail ? log1(tails[i]! - 1) : 0
    }
    if (s.prose) { proseWordsSoFar += s.words; proseSinceEnd += s.words }
    if (s.commentStart && proseWordsSoFar >= 50 && !commentStartAbove) { commentStartAbove = 1; proseAboveCS = proseWordsSoFar }
    if (s.endMarker && proseWordsSoFar >= 50) { endMarkerAbove = 1; proseSinceEnd = 0 }
    X[j++] = docProseShare
    X[j++] = docShortShare
  }
  return { stats, matrix: X, region: [bestA, bestB] }
}

/** For each index, the length of the run of consecutive `true` values that contains it (0 if false). */
function runs(flags: boolean[]): Int32Array {
  const n = flags.length
  const out = new Int32Array(n)
  let i = 0
  while (i < n) {
    if (!flags[i]) { i++; continue }
    let j = i
    while (j < n && flags[j]) j++
    for (let k = i; k < j; k++) out[k] = j - i
    i = j
  }
  return out
}

/** Names of the stage-2 columns appended to FEATURE_NAMES: context of the stage-1 scores. */
export const CONTEXT_FEATURE_NAMES = [
  'score', 'prevScore', 'nextScore', 'prev2Score', 'next2Score',
  'win2P', 'win5P', 'win15P', 'win5PWeighted',
  'contentBefore', 'contentAfter', 'inScoreRegion', 'distScoreRegion', 'scoreRegionShare',
  'nearestKeptAbove', 'nearestKeptBelow', 'docMeanP',
] as const

export const N_CONTEXT = CONTEXT_FEATURE_NAMES.length

/**
 * Stage-2 matrix: the stage-1 features of each line followed by the context of the stage-1
 * scores (neighbours, windows, the share of likely content above and below, a max-sum region
 * over the scores). Linear (prefix sums).
 */
export function contextFeatures(doc: DocumentFeatures, scores: Float64Array): Float64Array {
  const { stats, matrix } = doc
  const n = stats.length
  const F = N_FEATURES
  const G = F + N_CONTEXT
  const X = new Float64Array(n * G)
  const p = new Float64Array(n)
  const pP = new Float64Array(n + 1)
  const pPW = new Float64Array(n + 1)
  const pW = new Float64Array(n + 1)
  for (let i = 0; i < n; i++) {
    p[i] = 1 / (1 + Math.exp(-scores[i]!))
    const wi = 1 + stats[i]!.words
    pP[i + 1] = pP[i]! + p[i]!
    pPW[i + 1] = pPW[i]! + p[i]! * wi
    pW[i + 1] = pW[i]! + wi
  }
  const totalPW = pPW[n]!
  // max-sum region over (p - 0.5) * size
  let bestSum = 0, bestA = -1, bestB = -2, cur = 0, curA = 0
  for (let i = 0; i < n; i++) {
    const v = (p[i]! - 0.5) * Math.sqrt(1 + stats[i]!.words)
    if (cur <= 0) { cur = v; curA = i } else cur += v
    if (cur > bestSum) { bestSum = cur; bestA = curA; bestB = i }
  }
  const regionPW = bestA >= 0 ? pPW[bestB + 1]! - pPW[bestA]! : 0
  const above = new Int32Array(n)
  const below = new Int32Array(n)
  let last = -1
  for (let i = 0; i < n; i++) { above[i] = last < 0 ? 60 : Math.min(60, i - last); if (p[i]! > 0.5 && stats[i]!.words >= 8) last = i }
  last = -1
  for (let i = n - 1; i >= 0; i--) { below[i] = last < 0 ? 60 : Math.min(60, last - i); if (p[i]! > 0.5 && stats[i]!.words >= 8) last = i }
  const winMean = (i: number, k: number): number => {
    const a = Math.max(0, i - k), b = Math.min(n, i + k + 1)
    const cnt = b - a - 1
    return cnt > 0 ? (pP[b]! - pP[a]! - p[i]!) / cnt : 0.5
  }
  const docMean = n ? pP[n]! / n : 0
  const sc = (i: number): number => (i >= 0 && i < n ? scores[i]! : -8)
  for (let i = 0; i < n; i++) {
    const r = i * G
    X.set(matrix.subarray(i * F, i * F + F), r)
    let j = r + F
    X[j++] = scores[i]!
    X[j++] = sc(i - 1)
    X[j++] = sc(i + 1)
    X[j++] = sc(i - 2)
    X[j++] = sc(i + 2)
    X[j++] = winMean(i, 2)
    X[j++] = winMean(i, 5)
    X[j++] = winMean(i, 15)
    {
      const a = Math.max(0, i - 5), b = Math.min(n, i + 6)
      const wsum = pW[b]! - pW[a]! - (1 + stats[i]!.words)
      X[j++] = wsum > 0 ? (pPW[b]! - pPW[a]! - p[i]! * (1 + stats[i]!.words)) / wsum : 0.5
    }
    X[j++] = totalPW ? pPW[i]! / totalPW : 0
    X[j++] = totalPW ? (totalPW - pPW[i + 1]!) / totalPW : 0
    const inR = i >= bestA && i <= bestB
    X[j++] = inR ? 1 : 0
    X[j++] = bestA < 0 ? 6 : inR ? 0 : Math.log(1 + (i < bestA ? bestA - i : i - bestB)) * (i < bestA ? -1 : 1)
    X[j++] = totalPW ? regionPW / totalPW : 0
    X[j++] = Math.log(1 + above[i]!)
    X[j++] = Math.log(1 + below[i]!)
    X[j++] = docMean
  }
  return X
}
