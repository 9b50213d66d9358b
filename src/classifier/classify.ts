/**
 * The classifier proper: features -> boosted trees -> sequence decoder -> context rules ->
 * safety valve -> verdicts with reasons.
 */
import { functionWordSet } from '../data/function-words.js'
import { BARE_NUMBER } from '../patterns.js'
import { decode } from './decoder.js'
import { contextFeatures, documentFeatures, N_CONTEXT, N_FEATURES, type DocumentFeatures, type LineStats, type StatsCache } from './features.js'
import { lineLanguage } from './language.js'
import { predict, type ClassifierWeights } from './model.js'
import type { Classification, ClassifierLine, ClassifierOptions, ClassifierPreset, LineVerdict } from './types.js'

export interface Prepared {
  lines: readonly ClassifierLine[]
  language: string | undefined
  features: DocumentFeatures
  /** Lines of page chrome other cleaners found (ClassifierOptions.knownChrome). */
  knownChrome: number
}

/**
 * Language and features of a document (the model-independent part). `cache` remembers line
 * statistics between calls on the same document (the pipeline's rounds).
 */
export function prepare(lines: readonly ClassifierLine[], options: ClassifierOptions = {}, cache?: StatsCache): Prepared {
  let language = options.language
  if (language === undefined) language = lineLanguage(lines, cache?.votes)
  const fw = language && functionWordSet(language).size ? functionWordSet(language) : functionWordSet()
  return { lines, language, features: documentFeatures(lines, fw, cache), knownChrome: options.knownChrome ?? 0 }
}

/** Stage-1 log-odds of "article text" for every line (line features only). */
export function stage1Scores(prep: Prepared, w: ClassifierWeights): Float64Array {
  return predict(w.stage1, prep.features.matrix, prep.lines.length, N_FEATURES)
}

/** Final log-odds of "article text" for every line (stage 2: line features + context of stage 1). */
export function lineScores(prep: Prepared, w: ClassifierWeights): Float64Array {
  const s1 = stage1Scores(prep, w)
  if (!w.stage2.f.length) return s1
  return predict(w.stage2, contextFeatures(prep.features, s1), prep.lines.length, N_FEATURES + N_CONTEXT)
}

/** Share of a document's words a pass may remove before the safety valve looks at the result. */
export const VALVE_MAX_REMOVED_SHARE = 0.6

/**
 * What a line of a number table adds to the decoder's sum at least: weak evidence of article
 * text. The trees see a table's cells one by one, as short lines without function words, which
 * is what menus are made of; scored that way, a long table inside an article cut the article in
 * two or ended it (a 960-line table of dates and percentages took the 1,800 words after it).
 * With a small floor instead (for cells that are not chrome with confidence, CONFIDENT_CHROME),
 * the text around a table decides whether it is kept.
 */
const TABLE_EVIDENCE = 0.1
/** A number table: at least this many cells, of which TABLE_MIN_VALUES are not bare integers … */
const TABLE_MIN_CELLS = 6
const TABLE_MIN_VALUES = 3
/** … making up at least this share of its lines; cells at most TABLE_GAP lines apart (up to 2 row labels between them). */
const TABLE_MIN_SHARE = 0.6
const TABLE_GAP = 3
/** A number, a sign, a currency or an opening parenthesis at the start of a line. */
const CELL_START = /^[\d$€£¥+\-−(]/u

/**
 * A table cell: a few words with more digits than letters ("+13.1%", "1/1/2013", "$4,302", "3.7"),
 * or up to three words after a leading number ("11 (tie)", "15. Dallas, TX").
 */
export function isCell(s: LineStats): boolean {
  if (s.digits === 0 || s.copyright) return false
  return (s.words <= 6 && s.digits >= s.letters) || (s.words <= 3 && CELL_START.test(s.lower))
}

/**
 * The lines of number tables (1) among the lines of a document: runs of cells and their labels.
 * Bare integers alone (pagination "1 2 3 … 7", a share bar "12 / 4 / 0") do not make a table.
 */
export function tableLines(stats: readonly LineStats[]): Uint8Array {
  const n = stats.length
  const table = new Uint8Array(n)
  let i = 0
  while (i < n) {
    if (!isCell(stats[i]!)) { i++; continue }
    let last = i
    let cells = 0
    let values = 0
    for (let j = i; j < n && j - last <= TABLE_GAP; j++) {
      if (!isCell(stats[j]!)) continue
      last = j
      cells++
      if (!BARE_NUMBER.test(stats[j]!.lower)) values++
    }
    if (cells >= TABLE_MIN_CELLS && values >= TABLE_MIN_VALUES && cells >= TABLE_MIN_SHARE * (last + 1 - i)) table.fill(1, i, last + 1)
    i = last + 1
  }
  return table
}

function decodeKeep(prep: Prepared, scores: Float64Array, w: ClassifierWeights, bias: number, table: Uint8Array): Uint8Array {
  const { stats } = prep.features
  const n = stats.length
  const e = new Float64Array(n)
  const a = w.decoder.sizeExponent
  for (let i = 0; i < n; i++) {
    e[i] = (scores[i]! + bias) * Math.pow(1 + stats[i]!.words, a)
    if (table[i] && e[i]! < TABLE_EVIDENCE && scores[i]! + bias > CONFIDENT_CHROME) e[i] = TABLE_EVIDENCE
  }
  const keep = decode(e, w.decoder)
  // a table is one unit: when the decoder keeps most of it, it keeps all of it but the lines the
  // trees call chrome with confidence (a footer line next to the table), unless such a line is a
  // row label between the kept cells of one row and the next ("2", "North Valley School of
  // Business", "3 (tie)"): the trees read a name alone on its line as a menu item
  for (let i = 0; i < n;) {
    if (!table[i]) { i++; continue }
    let j = i
    let kept = 0
    while (j < n && table[j]) kept += keep[j++]!
    if (2 * kept > j - i) {
      const sure = (k: number): boolean => k >= i && k < j && scores[k]! + bias > CONFIDENT_CHROME
      for (let k = i; k < j; k++) if (sure(k)) keep[k] = 1
      for (let k = i + 1; k < j - 1; k++) {
        if (keep[k] || stats[k]!.copyright) continue
        if ((sure(k - 1) || sure(k - 2)) && (sure(k + 1) || sure(k + 2))) keep[k] = 1
      }
    }
    i = j
  }
  applyContextRules(prep, keep, scores, bias)
  return keep
}

/**
 * Log-odds (with the preset's bias) from which a paragraph right next to kept article prose is
 * kept with it (article probability about 0.18 and up): an article's last paragraph above a
 * footer, or its first under a menu, reads like the article around it, and a paragraph must not
 * be lost for sitting at the edge. Comments and teasers are separated from the article by
 * names, dates and headlines, so they are not next to its prose.
 */
const CONTINUATION_MIN = -1.5
/** Short lines between kept text and such a paragraph that may be kept with it, and their least log-odds. */
const BRIDGE_LINES = 1
const BRIDGE_MIN = -1.5

/** Longest block kept as announced by a line that ends in a colon. */
const INTRO_LINES = 20

/** Lines above the article start searched for its headline. */
const HEADLINE_WINDOW = 6

/**
 * Context rules after decoding: a heading directly above kept article text, or above a kept
 * list or table, is kept (section headings, "Ingredients" above its list); a paragraph next to
 * kept text, or one short line away from it, is kept with it (see CONTINUATION_MIN); a block
 * that a kept line announces with a colon is kept when kept prose follows it (the announced block); and the
 * headline is kept when it sits above the article: the longest headline-shaped line within
 * HEADLINE_WINDOW lines above the first kept prose line, with any identical copy of it higher in
 * that window (a repeated title is the phrase rules' business), and, where headlines are not set
 * in title case, the headline-shaped line next to it (headline and standfirst; see
 * keepHeadline). Returns the number of passes.
 */
export function applyContextRules(prep: Prepared, keep: Uint8Array, scores: Float64Array, bias: number): number {
  // The rules only add lines, and each can enable another (a kept heading joins a paragraph
  // to kept text; a kept paragraph gives a heading above it): repeat the passes until none adds
  // one. Monotone, so it ends; two passes are the rule, but a page of alternating units (a share
  // line, a headline, a teaser) can add one unit per pass. So a pass does not sweep the whole
  // document again: a rule's decision at line i reads only the lines i+lo … i+hi (its window),
  // and one that added nothing adds nothing again until a line of its window changes, so each
  // sweep visits only those lines, in the same order and seeing the same state as a full sweep
  // (the same result as sweeping every line; O(n + changes × window) instead of O(n × passes)).
  const st = statsOf(prep)
  const n = st.length
  const continues = (i: number): boolean => st[i]!.prose && scores[i]! + bias > CONTINUATION_MIN
  const bridge = (i: number): boolean => !st[i]!.prose && scores[i]! + bias > BRIDGE_MIN
  let changed = false
  const set = (k: number): void => {
    if (keep[k]) return
    keep[k] = 1
    changed = true
    for (const r of sweeps) r.touched(k)
  }
  // headings: a heading directly above kept article text, or above a kept list or table
  const heading = (i: number): number => {
    if (keep[i] || !keep[i + 1]) return -1
    const s = st[i]!
    const next = st[i + 1]!
    // a list: the next two lines are kept, short or marked as list items, and the heading is short
    const listBelow = i + 2 < n && keep[i + 2] === 1 && next.words > 0 && s.words <= 6 &&
      (next.listMarker || (next.short && st[i + 2]!.short)) && (s.endsColon || s.words <= 3)
    if ((next.prose || next.words >= 12) ? isHeading(s) : listBelow && isHeading(s, 1)) set(i)
    return -1
  }
  // continuations: a paragraph next to kept text, across at most BRIDGE_LINES short lines
  // that are not chrome with confidence (a subheading, a short list)
  const continuation = (dir: number) => (i: number): number => {
    if (!keep[i]) return -1
    let j = i + dir
    let bridged = 0
    while (j >= 0 && j < n && !keep[j] && !continues(j) && bridged < BRIDGE_LINES && bridge(j)) { j += dir; bridged++ }
    if (j < 0 || j >= n || keep[j] || !continues(j)) return -1
    for (let k = i + dir; k !== j + dir; k += dir) set(k)
    return -1
  }
  // announced blocks: a block announced by a kept line that ends in a colon, followed by kept prose;
  // returns the line the sweep goes on from (the lines of the block are not read as announcers)
  const introduced = (i: number): number => {
    if (!keep[i] || !st[i]!.endsColon) return -1
    // the block is i+1 … j-1, at most INTRO_LINES lines; line j must be kept prose
    let j = i + 1
    while (j < n && j - i - 1 < INTRO_LINES && !st[j]!.prose && scores[j]! + bias > CONFIDENT_CHROME) j++
    if (j >= n || !st[j]!.prose || !keep[j]) return -1
    for (let k = i + 1; k < j; k++) set(k)
    return j
  }
  // each rule: its sweep direction, its window and the lines it is evaluated at, as in a full
  // sweep (headings from n-2 down, announced blocks up to n-3)
  const sweeps = [
    new Sweep(n, -1, 0, 2, 0, n - 2, heading),
    new Sweep(n, 1, 0, BRIDGE_LINES + 1, 0, n - 1, continuation(1)),
    new Sweep(n, -1, -(BRIDGE_LINES + 1), 0, 0, n - 1, continuation(-1)),
    new Sweep(n, 1, 0, INTRO_LINES + 1, 0, n - 3, introduced),
  ]
  let passes = 0
  while (passes <= n) {
    passes++
    changed = false
    for (const r of sweeps) r.run()
    if (!changed) break
  }
  keepHeadline(prep, keep)
  keepClosingLine(st, keep, scores, bias)
  return passes
}

/**
 * The text's last line, a short sentence right under kept prose, is the article's closing line
 * ("Die nächste Preisanpassung ist für Juli geplant."), unless the trees call it chrome: the
 * continuation rule wants prose (ten words or more), and a text that ends there has no footer.
 */
function keepClosingLine(st: readonly LineStats[], keep: Uint8Array, scores: Float64Array, bias: number): void {
  const c = st.length - 1
  const s = st[c]
  if (c < 1 || !s || keep[c] || !keep[c - 1] || !st[c - 1]!.prose) return
  if (s.endsSentence && s.words >= 4 && s.fw >= 0.2 * s.words && !s.copyright && !s.commentCue && !s.relatedCue && !s.urlLike &&
    scores[c]! + bias > CONTINUATION_MIN) keep[c] = 1
}

/**
 * One context rule's sweeps over a document (see applyContextRules): the lines whose window
 * changed since the rule last looked at them, visited in the sweep's direction; a line whose
 * window changes ahead of the cursor is visited in the same sweep, one at or behind it in the next.
 */
class Sweep {
  private pending: number[] = []
  private readonly inPending: Uint8Array
  private readonly inHeap: Uint8Array
  /** Lines of the current sweep, a binary min-heap of dir × line. */
  private heap: number[] = []
  private cursor = 0
  private active = false
  /** The first sweep visits every line (a plain loop; every line ahead of the cursor is due). */
  private full = true
  constructor(
    n: number,
    private readonly dir: 1 | -1,
    private readonly lo: number,
    private readonly hi: number,
    private readonly first: number,
    private readonly last: number,
    /** Evaluates the rule at a line; returns -1, or the line before which the sweep skips ahead. */
    private readonly at: (i: number) => number,
  ) {
    this.inPending = new Uint8Array(n)
    this.inHeap = new Uint8Array(n)
  }

  /** Line k changed: the lines whose window holds it are due. */
  touched(k: number): void {
    const from = Math.max(this.first, k - this.hi)
    const to = Math.min(this.last, k - this.lo)
    for (let p = from; p <= to; p++) this.due(p)
  }

  private due(p: number): void {
    if (this.active && (p - this.cursor) * this.dir > 0) {
      if (!this.full && !this.inHeap[p]) { this.inHeap[p] = 1; this.push(this.dir * p) }
    } else if (!this.inPending[p]) { this.inPending[p] = 1; this.pending.push(p) }
  }

  run(): void {
    if (this.full) {
      this.active = true
      let skipTo = -1
      const d = this.dir
      for (let p = d > 0 ? this.first : this.last; p >= this.first && p <= this.last; p += d) {
        this.cursor = p
        if (skipTo >= 0 && p < skipTo) { this.due(p); continue }
        const to = this.at(p)
        if (to >= 0) skipTo = to
      }
      this.active = false
      this.full = false
      return
    }
    if (!this.pending.length) return
    const d = this.dir
    // a sorted array is a heap
    this.heap = this.pending.map((p) => d * p).sort((a, b) => a - b)
    for (const p of this.pending) { this.inPending[p] = 0; this.inHeap[p] = 1 }
    this.pending = []
    this.active = true
    let skipTo = -1
    while (this.heap.length) {
      const p = d * this.pop()
      this.inHeap[p] = 0
      this.cursor = p
      // skipped by the rule in this sweep: due in the next one
      if (skipTo >= 0 && p < skipTo) { this.due(p); continue }
      const to = this.at(p)
      if (to >= 0) skipTo = to
    }
    this.active = false
  }

  private push(x: number): void {
    const h = this.heap
    let i = h.length
    h.push(x)
    while (i > 0) {
      const up = (i - 1) >> 1
      if (h[up]! <= x) break
      h[i] = h[up]!
      i = up
    }
    h[i] = x
  }

  private pop(): number {
    const h = this.heap
    const top = h[0]!
    const x = h.pop()!
    const m = h.length
    if (m) {
      let i = 0
      for (;;) {
        let c = 2 * i + 1
        if (c >= m) break
        if (c + 1 < m && h[c + 1]! < h[c]!) c++
        if (h[c]! >= x) break
        h[i] = h[c]!
        i = c
      }
      h[i] = x
    }
    return top
  }
}

const statsOf = (prep: Prepared): readonly LineStats[] => prep.features.stats

/** The headline above the article (see applyContextRules). */
function keepHeadline(prep: Prepared, keep: Uint8Array): void {
  const st = statsOf(prep)
  const lines = prep.lines
  let first = -1
  for (let i = 0; i < st.length; i++) if (keep[i] && (st[i]!.prose || st[i]!.words >= 12)) { first = i; break }
  if (first <= 0) return
  const from = Math.max(0, first - HEADLINE_WINDOW)
  const candidate = (i: number): boolean => {
    const s = st[i]!
    return !keep[i] && isHeading(s) && s.words >= 4 && headlineCase(s, lines[i]!.text, prep.language)
  }
  // the longest candidate; of two as long, the one with more function words (a headline has
  // them, an author's name with credentials does not: "Jane Doe, MS, RD")
  let best = -1
  const longer = (i: number, b: number): boolean => st[i]!.words > st[b]!.words || (st[i]!.words === st[b]!.words && st[i]!.fw > st[b]!.fw)
  for (let i = first - 1; i >= from; i--) if (candidate(i) && (best < 0 || longer(i, best))) best = i
  if (best < 0) return
  for (let j = best; j >= from; j--) if (lines[j]!.text === lines[best]!.text) keep[j] = 1
  // The longest candidate may be the page title ("Headline | Site") over the headline the page
  // prints: that one is kept too (duplicate-title keeps the bare headline and drops the title).
  const title = lines[best]!.text.toLowerCase()
  for (let j = best + 1; j < first; j++) if (candidate(j) && title.startsWith(lines[j]!.text.toLowerCase())) keep[j] = 1
  // Where the title-case test does not tell a headline from its standfirst (a language whose
  // headlines are in sentence case, German with its capitalised nouns, a script without case),
  // the longest candidate may be either: the candidate next to it is the other (above it, a
  // byline or a date may stand between them)
  if (!sentenceCase(prep.language, lines[best]!.text)) return
  const pair = (i: number): boolean => candidate(i) && !TRAIL.test(lines[i]!.text)
  if (best + 1 < first && pair(best + 1)) { keep[best + 1] = 1; return }
  let up = best - 1
  while (up >= from && !keep[up] && (st[up]!.byline || st[up]!.date || st[up]!.time)) up--
  if (up >= from && pair(up)) keep[up] = 1
}

/** A separator of a breadcrumb trail or a menu ("Home > News > Politics", "News | Sport"). */
const TRAIL = /\s[>›»|·•/]\s/u

/** A cased letter: Latin, Greek, Cyrillic and Armenian have them; Arabic, Hebrew, Indic, CJK and Hangul do not. */
const CASED = /[\p{Lu}\p{Ll}\p{Lt}]/u
/** A capital before any other letter. */
const STARTS_CAPITAL = /^\P{L}*\p{Lu}/u
const LATIN = /\p{Script=Latin}/u

/**
 * Whether headlines are not told by title case: a detected language other than English, or,
 * when no language was detected, a text not in the Latin script (the detector knows the Latin
 * languages, and English pages with much chrome go undetected).
 */
function sentenceCase(language: string | undefined, text: string): boolean {
  return language === undefined ? !LATIN.test(text) : language !== 'en'
}

/**
 * Set like a headline: in title case (30 % or more of the words capitalised, the English
 * convention), in a script without case, or in sentence case (a capital first) where headlines
 * are set that way (Dutch, Swedish, French, Russian, …).
 */
function headlineCase(s: LineStats, text: string, language: string | undefined): boolean {
  if (s.capWords / s.words >= 0.3) return true
  if (!CASED.test(text)) return true
  return sentenceCase(language, text) && STARTS_CAPITAL.test(text)
}

function isHeading(s: LineStats, minWords = 2): boolean {
  return s.words >= minWords && s.words <= 20 && !s.endsSentence && !s.navCue && !s.copyright && !s.commentCue &&
    !s.relatedCue && !s.date && !s.time && !s.urlLike && !s.byline && s.letters > s.chars * 0.6
}

function keptWords(stats: readonly LineStats[], keep: Uint8Array): { words: number; prose: number } {
  let words = 0, prose = 0
  for (let i = 0; i < stats.length; i++) if (keep[i]) { words += stats[i]!.words; if (stats[i]!.prose) prose++ }
  return { words, prose }
}

/** Log-odds below which a line is page chrome "with confidence" (article probability < 0.05). */
export const CONFIDENT_CHROME = -3

/**
 * Log-odds (with the preset's bias) from which a paragraph is kept whatever the decoder chose:
 * article probability 0.8, at least SURE_WORDS words, ending a sentence, below the first kept
 * line. The decoder's switch costs may drop such a paragraph with the run of short lines around
 * it (a review's verdict between two spec tables, the last sections of a long listicle after a
 * run of prices); the trees are sure of it on its own. Above the first kept line it also needs
 * SURE_TOPIC of its content words in the kept text: site blurbs above the article are fluent too,
 * but an introduction under a long menu of the products it reviews shares the article's words.
 */
export const SURE_ARTICLE = Math.log(0.8 / 0.2)
const SURE_WORDS = 20
/** Share of a sure paragraph's content words that the kept text must use, above the first kept line. */
const SURE_TOPIC = 0.4

/** Long fluent text, even without a final full stop (a whole article on one line). */
function isFluent(s: LineStats): boolean {
  return s.words >= 30 && s.fw / s.words >= 0.2
}

/** Kept text that reads like an article: enough words, some prose. */
function looksLikeArticle(k: { words: number; prose: number }): boolean {
  return k.words >= 80 && k.prose >= 2
}

/**
 * Keep / drop for every line under a preset. The presets are nested by construction: a line the
 * recall preset keeps is kept by balanced, and one balanced keeps is kept by precision (each
 * preset's decode is intersected with the next more conservative one).
 *
 * Safety valve: when a preset would remove more than VALVE_MAX_REMOVED_SHARE of the words and
 * what is left does not look like an article, the result of the precision preset is used; when
 * even precision leaves no article, only the lines the model is sure about are removed.
 */
export function classifyPrepared(prep: Prepared, w: ClassifierWeights, preset: ClassifierPreset = 'balanced', scores = lineScores(prep, w)): Classification {
  const { stats } = prep.features
  const n = stats.length
  let total = 0
  for (const s of stats) total += s.words
  const fails = (k: Uint8Array): boolean => {
    if (!n || !total) return false
    const left = keptWords(stats, k)
    return 1 - left.words / total > VALVE_MAX_REMOVED_SHARE && !looksLikeArticle(left)
  }
  const pct = (k: Uint8Array): number => Math.round((1 - keptWords(stats, k).words / Math.max(1, total)) * 100)
  let fellBack = false
  let note: string | undefined
  // precision
  const table = tableLines(prep.features.stats)
  let keep = decodeKeep(prep, scores, w, w.presets.precision, table)
  if (fails(keep)) {
    fellBack = true
    note = `safety valve: the precision preset would remove ${pct(keep)}% of the words and leave no article; removed only the lines the model is confident about (article probability below 0.02)`
    for (let i = 0; i < n; i++) if (scores[i]! > -4 || stats[i]!.prose || isFluent(stats[i]!)) keep[i] = 1
  }
  // Clean-document guard: a page with chrome has lines the model is sure about; a text with
  // none (an article already extracted) gets the precision preset, so clean articles are not eaten.
  let confident = 0
  for (let i = 0; i < n; i++) if (scores[i]! < CONFIDENT_CHROME && stats[i]!.words > 0) confident++
  // ... unless other cleaners found chrome on it (a share bar, a cookie line, a template line):
  // then it is a page, not an extracted article, and gets the precision preset. (Lifting the
  // guard for the balanced preset instead ate tables and lists the guard protects.)
  if (confident === 0 && n > 0 && prep.knownChrome > 0) {
    return { language: prep.language, verdicts: explain(prep, keep, scores, table), fellBack: note !== undefined, note }
  }
  if (confident === 0 && n > 0) {
    // Not a fall-back worth a message (an extracted article is the ordinary case), unless the
    // precision preset itself had to be held back above. Nothing is chrome with confidence, so
    // nothing is removed: the doubtful edges of a short text are its own title and last line.
    keep.fill(1)
    return { language: prep.language, verdicts: explain(prep, keep, scores, table), fellBack: note !== undefined, note: note ?? `no line looks like page chrome with confidence (article probability below ${(1 / (1 + Math.exp(-CONFIDENT_CHROME))).toFixed(2)}), so the text is treated as an extracted article; kept every line` }
  }
  const order: ClassifierPreset[] = preset === 'precision' ? [] : preset === 'balanced' ? ['balanced'] : ['balanced', 'recall']
  for (const next of order) {
    const k = decodeKeep(prep, scores, w, w.presets[next], table)
    if (fails(k)) {
      if (next === preset || !fellBack) {
        fellBack = true
        note = `safety valve: the ${next} preset would remove ${pct(k)}% of the words and leave no article; fell back to the precision preset`
      }
      continue // keep the more conservative result
    }
    for (let i = 0; i < n; i++) keep[i] = keep[i]! & k[i]!
  }
  keepSureParagraphs(stats, scores, keep, w.presets[preset])
  return { language: prep.language, verdicts: explain(prep, keep, scores, table), fellBack, note }
}

/**
 * Keep the dropped paragraphs the trees are sure of: below the first kept line, and above it when
 * they share the kept text's vocabulary (see SURE_ARTICLE).
 */
function keepSureParagraphs(stats: readonly LineStats[], scores: Float64Array, keep: Uint8Array, bias: number): void {
  const first = keep.indexOf(1)
  if (first < 0) return
  const sure = (s: LineStats, score: number) => s.words >= SURE_WORDS && s.endsSentence && score + bias >= SURE_ARTICLE
  let vocabulary: Set<string> | undefined
  for (let i = 0; i < first; i++) {
    const s = stats[i]!
    if (!sure(s, scores[i]!) || s.terms.length === 0) continue
    if (!vocabulary) {
      vocabulary = new Set()
      for (let k = first; k < keep.length; k++) if (keep[k]) for (const t of stats[k]!.terms) vocabulary.add(t)
    }
    let shared = 0
    for (const t of s.terms) if (vocabulary.has(t)) shared++
    if (shared >= SURE_TOPIC * s.terms.length) keep[i] = 1
  }
  for (let i = first + 1; i < keep.length; i++) if (!keep[i] && sure(stats[i]!, scores[i]!)) keep[i] = 1
}

/** Labels and reasons, per run of removed lines. */
function explain(prep: Prepared, keep: Uint8Array, scores: Float64Array, table: Uint8Array): LineVerdict[] {
  const { stats, region } = prep.features
  const n = stats.length
  const out: LineVerdict[] = new Array(n)
  let firstKept = -1, lastKept = -1
  for (let i = 0; i < n; i++) if (keep[i]) { if (firstKept < 0) firstKept = i; lastKept = i }
  let i = 0
  while (i < n) {
    if (keep[i]) { out[i] = table[i] ? { keep: true, label: 'content', reason: '', table: true } : { keep: true, label: 'content', reason: '' }; i++; continue }
    let j = i
    while (j < n && !keep[j]) j++
    // run [i, j)
    let words = 0, fw = 0, shortLines = 0, sentenceLines = 0, comment = 0, related = 0, copyright = 0, byline = 0, list = 0, dated = 0, cells = 0
    for (let k = i; k < j; k++) {
      const s = stats[k]!
      words += s.words; fw += s.fw
      if (s.short) shortLines++
      if (s.endsSentence && s.words >= 5) sentenceLines++
      if (s.commentCue) comment++
      if (s.relatedCue || s.endsEllipsis) related++
      if (s.copyright) copyright++
      if (s.byline) byline++
      if (s.listMarker) list++
      if (s.date || s.time) dated++
      if (isCell(s)) cells++
    }
    const len = j - i
    const before = firstKept < 0 ? i < Math.max(0, region[0]) : j <= firstKept
    const after = lastKept >= 0 && i > lastKept
    let label: string
    let what: string
    if (cells >= TABLE_MIN_CELLS && cells >= TABLE_MIN_SHARE * len && copyright === 0) { label = 'table'; what = 'data table' }
    else if (comment >= 1 && (after || comment >= 2) || (after && dated >= 2 && sentenceLines >= 1)) { label = 'comments'; what = 'comment thread' }
    else if (related >= 1 && (after || related >= 2)) { label = 'related'; what = 'related links' }
    else if (copyright >= 1 || (after && j === n && shortLines >= len / 2)) { label = 'footer'; what = 'page footer' }
    else if (byline >= 1 && len <= 4) { label = 'author'; what = 'author box' }
    else if (shortLines >= len / 2) { label = 'navigation'; what = before ? 'navigation block' : after ? 'trailing navigation block' : 'navigation block' }
    else { label = 'boilerplate'; what = before ? 'text before the article' : after ? 'text after the article' : 'text off the article' }
    const density = words ? fw / words : 0
    const runDesc = `${len} ${len === 1 ? 'line' : 'lines'}${shortLines ? `, ${shortLines} short` : ''}, ${sentenceLines ? `${sentenceLines} ${sentenceLines === 1 ? 'sentence' : 'sentences'}` : 'no sentence'}, function-word density ${density.toFixed(2)}`
    for (let k = i; k < j; k++) {
      const s = stats[k]!
      const cues: string[] = []
      if (s.commentCue) cues.push('comment marker')
      if (s.relatedCue) cues.push('related-links heading')
      if (s.copyright) cues.push('copyright/legal')
      if (s.navCue) cues.push('menu word')
      if (s.byline) cues.push('byline')
      if (s.endsEllipsis) cues.push('teaser ellipsis')
      if (s.date || s.time) cues.push('date/time')
      if (stats[k]!.words === 0) cues.push('no words')
      const p = 1 / (1 + Math.exp(-scores[k]!))
      out[k] = {
        keep: false,
        label,
        reason: `${what} (${runDesc}; this line: ${s.words} words${cues.length ? ', ' + cues.join(', ') : ''}, article probability ${p.toFixed(2)})`,
      }
    }
    i = j
  }
  return out
}
