import type {
  CleanMessage, CleanOptions, CleanResult, CleanStats, CleanerDefinition, CompileEnv, Document,
  Edit, Line, LineContext, LineFeatures, OutputFormat, Position,
} from './types.js'
import { numberBlocks, splitLines, unchangedRule } from './model.js'
import { LineEdits, assertEdits } from './edits.js'
import { isProse, lineFeatures } from './features.js'
import { resolveOptions, type ResolvedCleaner } from './options.js'
import { BLANK_LINE } from './patterns.js'
import { firstWord, phraseKey } from './phrases.js'
import { linePosition } from './document-utils.js'

type RewriteFn = (text: string) => Edit[] | null
type LineFn = (ctx: LineContext) => string | null
type DocFn = (doc: Document) => void

/** A compiled pipeline: rules compiled once, reused for every document. */
export interface Cleaner {
  /** Clean one document; returns the clean text. */
  clean(text: string): string
  /** Clean one document; returns the text, the messages and the stats. */
  run(text: string): CleanResult
  /** The cleaners this pipeline runs, in order, with their resolved options. */
  readonly cleaners: ReadonlyArray<{ id: string; stage: string; options: Record<string, unknown> }>
}

interface Compiled {
  rewrites: Array<{ id: string; fn: RewriteFn }>
  /** The rewrites of `rewrites` that later passes over a changed line run again (their `repeat` flag). */
  recheck: Array<{ id: string; fn: RewriteFn }>
  lineRules: Array<{ id: string; fn: LineFn }>
  /** What later rounds run on a line whose text the line rules have all passed already (see unchangedRule). */
  lineRulesUnchanged: Array<{ id: string; fn: LineFn }>
  documents: Array<{ id: string; fn: DocFn; risky: boolean }>
  keep: ReadonlyArray<string | RegExp>
  format: OutputFormat
  maxRemovedShare: number | null
  list: Cleaner['cleaners']
}

/**
 * Compile a pipeline once. Bad options throw here, naming the bad value; content never throws.
 * @example
 *   const cleaner = createCleaner({ cleaners: { 'source-credit': false } })
 *   for (const doc of docs) out.push(cleaner.clean(doc))
 */
export function createCleaner(options: CleanOptions = {}): Cleaner {
  const resolved = resolveOptions(options)
  const env: CompileEnv = { languages: resolved.languages }
  const c: Compiled = {
    rewrites: [], recheck: [], lineRules: [], lineRulesUnchanged: [], documents: [],
    keep: resolved.keep, format: resolved.format, maxRemovedShare: resolved.maxRemovedShare,
    list: resolved.cleaners.map((r) => ({ id: r.def.id, stage: r.def.stage, options: r.options })),
  }
  for (const r of resolved.cleaners) compileOne(r, env, c)
  for (const r of c.lineRules) {
    const fn = unchangedRule(r.fn)
    if (fn) c.lineRulesUnchanged.push({ id: r.id, fn })
  }
  return {
    clean: (text) => execute(c, text, false).text,
    run: (text) => execute(c, text, true),
    cleaners: c.list,
  }
}

function compileOne(r: ResolvedCleaner, env: CompileEnv, c: Compiled): void {
  const def = r.def as CleanerDefinition
  if (def.stage === 'rewrite') {
    const rw = { id: def.id, fn: def.compile(r.options as never, env) }
    c.rewrites.push(rw)
    if (def.repeat) c.recheck.push(rw)
  }
  else if (def.stage === 'line') c.lineRules.push({ id: def.id, fn: def.compile(r.options as never, env) })
  else c.documents.push({ id: def.id, fn: def.compile(r.options as never, env), risky: Boolean(def.risky) })
}

/**
 * A line as the allowlist sees it besides its raw text: no-break spaces (also as entities), runs
 * of spaces and the indentation made what a reader sees, one plain space, trimmed ("Leave&nbsp;a
 * Reply" is protected by 'Leave a Reply'; "   Editor's note" by /^Editor's note/).
 */
function keepView(raw: string): string {
  return raw.replace(/&(?:nbsp|#160|#x0*a0);/gi, ' ').replace(/\s+/g, ' ').trim()
}

class DocState implements Document {
  readonly lines: Line[]
  readonly text: string
  language: string | undefined = undefined
  readonly messages: CleanMessage[] = []
  readonly edits = new Map<number, LineEdits>()
  private readonly featureCache = new Map<number, LineFeatures>()
  private seq = 0
  readonly order: number[] = []
  readonly removals = new Map<number, CleanMessage>()
  /** Messages of removals given back (`restore`): left out of the report. A set, not a splice of
   * `messages`, so that giving back many lines stays linear. */
  readonly withdrawn = new Set<CleanMessage>()
  /** Lines joined to the line above so far (a join changes what the next round sees). */
  joins = 0
  /** By line: the text on which every line rule last answered null (later rounds skip what cannot change). */
  readonly passed: Array<string | undefined> = []

  constructor(text: string, keep: Compiled['keep']) {
    this.text = text
    const isProtected = keep.length
      ? (raw: string) => {
          const seen = keepView(raw)
          return keep.some((k) => (typeof k === 'string' ? raw.includes(k) || seen.includes(k) : k.test(raw) || k.test(seen)))
        }
      : undefined
    this.lines = splitLines(text, isProtected)
  }

  features(index: number): LineFeatures {
    let f = this.featureCache.get(index)
    if (!f) {
      f = lineFeatures(this.lines[index]!.text, this.language)
      this.featureCache.set(index, f)
    }
    return f
  }

  invalidate(index: number): void {
    this.featureCache.delete(index)
  }

  push(m: CleanMessage): void {
    this.messages.push(m)
    this.order.push(this.seq++)
  }

  remove(index: number, ruleId: string, reason: string, extra?: Pick<CleanMessage, 'cause' | 'data'>): boolean {
    const l = this.lines[index]
    if (!l || l.protected || l.removedBy !== null || l.blank || l.joinedTo !== -1) return false
    l.removedBy = ruleId
    const m: CleanMessage = {
      ruleId, source: 'unscrape', kind: 'remove',
      reason: `Unexpected ${reason}, expected article text`,
      place: linePosition(l), actual: l.raw,
    }
    if (extra?.cause) m.cause = extra.cause
    if (extra?.data) m.data = extra.data
    this.push(m)
    this.removals.set(index, m)
    // Lines joined onto this one (layout's hyphenation and rewrapping) go with it: each gets its
    // own message, so that every input line that is not in the output is explained.
    const last = this.lastJoined.get(index)
    if (last !== undefined) {
      const carried: CleanMessage[] = []
      for (let k = index + 1; k <= last; k++) {
        const b = this.lines[k]!
        if (b.joinedTo !== index) continue
        const mb: CleanMessage = { ...m, reason: `Unexpected ${reason} (joined onto the line above), expected article text`, place: linePosition(b), actual: b.raw }
        this.push(mb)
        carried.push(mb)
      }
      this.carried.set(index, carried)
    }
    return true
  }

  /** By removed line: the messages of the lines joined onto it, which went with it. */
  private readonly carried = new Map<number, CleanMessage[]>()

  restore(index: number): void {
    const l = this.lines[index]
    if (!l || l.removedBy === null) return
    l.removedBy = null
    const m = this.removals.get(index)
    if (m) {
      this.withdrawn.add(m)
      this.removals.delete(index)
    }
    for (const mb of this.carried.get(index) ?? []) this.withdrawn.add(mb)
    this.carried.delete(index)
  }

  /** For a line that others were joined onto: the last line joined, whose end is the text's end. */
  private readonly lastJoined = new Map<number, number>()

  join(index: number, next: number, separator: string, ruleId: string, reason: string, trimEnd = 0): void {
    const a = this.lines[index]!
    const b = this.lines[next]!
    if (a.removedBy || b.removedBy || a.joinedTo !== -1 || b.joinedTo !== -1 || next <= index) return
    // The end of a's current text comes from the last line joined onto it (or from a itself).
    const last = this.lines[this.lastJoined.get(index) ?? index]!
    const tracker = this.edits.get(last.index)
    const cut = last.text.length - trimEnd
    const os = tracker ? tracker.span(cut, last.text.length, last.raw.length)[0] : cut
    const start = last.start + os
    const end = b.start
    const pointAt = (offset: number): Position['start'] => {
      const l = offset >= b.start ? b : last
      return { line: l.line, column: offset - l.start + 1, offset }
    }
    this.push({
      ruleId, source: 'unscrape', kind: 'rewrite',
      reason: `Unexpected ${reason}, expected ${separator === '' ? 'one word' : 'one paragraph'}`,
      place: { start: pointAt(start), end: pointAt(end) },
      actual: this.text.slice(start, end), expected: [separator],
    })
    a.text = a.text.slice(0, a.text.length - trimEnd) + separator + b.text
    b.joinedTo = index
    this.joins++
    this.lastJoined.set(index, next)
    this.invalidate(index)
  }

  note(ruleId: string, reason: string, data?: Record<string, unknown>): void {
    // once per document: a later round that reaches the same verdict says nothing new
    if (this.messages.some((m) => m.kind === 'document' && m.ruleId === ruleId && m.reason === reason)) return
    const end = this.text.length
    const last = this.lines[this.lines.length - 1]!
    const m: CleanMessage = {
      ruleId, source: 'unscrape', kind: 'document', reason,
      place: { start: { line: 1, column: 1, offset: 0 }, end: { line: last.line, column: last.raw.length + 1, offset: end } },
      actual: '',
    }
    if (data) m.data = data
    this.push(m)
  }

  kept(): number[] {
    const out: number[] = []
    for (const l of this.lines) if (!l.blank && l.removedBy === null && l.joinedTo === -1) out.push(l.index)
    return out
  }
}

/**
 * What a line rule sees. One object per document, reset for each line, so the fused pass
 * allocates nothing per line; features and the phrase key are computed on first use.
 * Line rules must not keep a reference to it.
 */
class LineCtx implements LineContext {
  line!: Line
  text = ''
  private _key: string | undefined
  private _first: string | undefined
  constructor(readonly doc: Document) {}
  reset(l: Line): void {
    this.line = l
    this.text = l.text
    this._key = undefined
    this._first = undefined
  }
  get features(): LineFeatures { return this.doc.features(this.line.index) }
  // Whole-line phrases are only looked up on lines of up to 200 characters: longer lines get ''.
  get key(): string { return (this._key ??= this.text.length > 200 ? '' : phraseKey(this.text)) }
  get firstWord(): string { return (this._first ??= firstWord(this.text)) }
}

/** Whether the output lays the kept lines out differently from the input (lines of one block become paragraphs). */
function layoutChanges(doc: DocState, format: OutputFormat): boolean {
  if (format !== 'paragraphs') return false
  let prev: Line | null = null
  for (const l of doc.lines) {
    if (l.blank) { prev = null; continue }
    if (l.joinedTo !== -1) continue
    if (prev && l.removedBy === null && prev.removedBy === null) return true
    prev = l
  }
  return false
}

/** Passes of the rewrite chain over one line at most (the first, then the character rewrites again). */
const REWRITE_PASSES = 4

/** Rounds of context rules after the first. Most documents need one or two; a page whose classifier peels one trailing line a round needs more (seen: 15). */
const MAX_ROUNDS = 24

/**
 * The kept lines of a document laid out as the output lays them out (a blank line between
 * paragraphs), as a Document of its own: what `clean()` of the output would see. Removals and
 * joins go through to the document underneath, in original coordinates.
 */
class KeptView implements Document {
  readonly lines: Line[] = []
  private readonly map: number[] = []
  constructor(private readonly doc: DocState, format: OutputFormat) {
    let prev: Line | null = null
    let gap = false
    let block = -1
    for (const l of doc.lines) {
      if (l.blank) { gap = true; continue }
      if (l.removedBy !== null || l.joinedTo !== -1) continue
      const newBlock = !prev || format === 'paragraphs' || gap || l.block !== prev.block
      if (prev && newBlock) this.add(null, -1)
      if (newBlock) block++
      this.add(l, block)
      prev = l
      gap = false
    }
  }
  private add(l: Line | null, block: number): void {
    const index = this.lines.length
    this.map.push(l ? l.index : -1)
    this.lines.push(l
      ? { ...l, index, block, removedBy: null, joinedTo: -1 }
      : { index, line: 0, start: 0, end: 0, raw: '', text: '', blank: true, block: -1, removedBy: null, joinedTo: -1, protected: false })
  }
  /** The index in the document underneath of this view's line `index`. */
  origin(index: number): number { return this.map[index]! }
  get text(): string { return this.doc.text }
  get language(): string | undefined { return this.doc.language }
  features(index: number): LineFeatures { return this.doc.features(this.map[index]!) }
  remove(index: number, ruleId: string, reason: string, extra?: Pick<CleanMessage, 'cause' | 'data'>): boolean {
    const l = this.lines[index]
    if (!l || l.blank || l.removedBy !== null) return false
    if (!this.doc.remove(this.map[index]!, ruleId, reason, extra)) return false
    l.removedBy = ruleId
    return true
  }
  restore(index: number): void {
    const l = this.lines[index]
    if (!l || l.removedBy === null) return
    this.doc.restore(this.map[index]!)
    l.removedBy = null
  }
  join(index: number, next: number, separator: string, ruleId: string, reason: string, trimEnd?: number): void {
    const a = this.lines[index]
    const b = this.lines[next]
    if (!a || !b || a.blank || b.blank) return
    this.doc.join(this.map[index]!, this.map[next]!, separator, ruleId, reason, trimEnd)
    if (this.doc.lines[this.map[next]!]!.joinedTo !== -1) {
      b.joinedTo = index
      a.text = this.doc.lines[this.map[index]!]!.text
    }
  }
  note(ruleId: string, reason: string, data?: Record<string, unknown>): void { this.doc.note(ruleId, reason, data) }
  kept(): number[] {
    const out: number[] = []
    for (const l of this.lines) if (!l.blank && l.removedBy === null && l.joinedTo === -1) out.push(l.index)
    return out
  }
}

/** A rewrite never breaks a line: a decoded `&#10;` or a separator becomes a space. */
const BREAKS_IN_EDIT = /\r\n|[\r\n\u2028\u2029]/g

function rewriteLine(doc: DocState, l: Line, id: string, edits: Edit[]): void {
  assertEdits(edits, l.text.length, id)
  for (const e of edits) {
    if (!BREAKS_IN_EDIT.test(e.text)) continue
    BREAKS_IN_EDIT.lastIndex = 0
    e.text = e.text.replace(BREAKS_IN_EDIT, ' ')
    // the reason was written for the character decoded; say what the line gets instead
    e.reason += ' (a line break cannot stand inside a line: written as a space)'
  }
  let tracker = doc.edits.get(l.index)
  if (!tracker) { tracker = new LineEdits(l.text.length); doc.edits.set(l.index, tracker) }
  for (const e of edits) {
    const [os, oe] = tracker.span(e.start, e.end, l.raw.length)
    const actual = l.raw.slice(os, oe)
    const removedText = l.text.slice(e.start, e.end)
    if (removedText === e.text) continue
    doc.push({
      ruleId: id, source: 'unscrape', kind: 'rewrite',
      reason: e.reason ?? `Unexpected \`${removedText}\`, expected \`${e.text}\``,
      place: {
        start: { line: l.line, column: os + 1, offset: l.start + os },
        end: { line: l.line, column: oe + 1, offset: l.start + oe },
      },
      actual, expected: [e.text],
    })
  }
  l.text = tracker.apply(l.text, edits)
  doc.invalidate(l.index)
}

function execute(c: Compiled, input: string, detailed: boolean): CleanResult {
  if (typeof input !== 'string') {
    throw new TypeError(`Unexpected input of type ${input === null ? 'null' : typeof input}, expected a string`)
  }
  const doc = new DocState(input, c.keep)
  const lines = doc.lines
  const ctx = new LineCtx(doc)

  // 1. The fused line pass: rewrites, then line rules, one line at a time.
  let emptied = false
  for (const l of lines) {
    if (l.blank) continue
    // The character rewrites again while a pass changes the line: a later one can make work for
    // an earlier one (a no-break space turned plain lets a mojibake sequence be seen, a repaired
    // dash is then styled), and clean(clean(x)) must find nothing left to do.
    let changed = false
    for (let pass = 0; pass < REWRITE_PASSES; pass++) {
      const before = l.text
      for (const r of pass === 0 ? c.rewrites : c.recheck) {
        const edits = r.fn(l.text)
        if (edits && edits.length) { rewriteLine(doc, l, r.id, edits); changed = true }
      }
      if (l.text === before || !c.recheck.length) break
    }
    // a line that only held invisible characters is blank now
    if (changed && BLANK_LINE.test(l.text)) { l.blank = true; emptied = true; continue }
    if (l.protected || !c.lineRules.length) continue
    ctx.reset(l)
    let passed = true
    for (const r of c.lineRules) {
      const why = r.fn(ctx)
      if (why) { doc.remove(l.index, r.id, why); passed = false; break }
    }
    if (passed) doc.passed[l.index] = l.text
  }

  if (emptied) numberBlocks(lines)

  // 2. Document cleaners, in preset order, then again on what is left until a round changes
  //    nothing. Context rules (the classifier, repeated headlines, related lists) decide from a
  //    line's neighbours, and once noise is gone the neighbours change. Each later round sees the
  //    kept lines laid out as the output lays them out, which is what clean() of the output would
  //    see; the last round changed nothing, so clean(clean(x)) === clean(x). A clean article
  //    (nothing removed, layout unchanged) costs no extra round.
  // 3. The safety valve checks every round: when the risky (statistical) cleaners would take more
  //    than maxRemovedShare of the words that round started with, their removals are undone.
  const risky = new Set(c.documents.filter((d) => d.risky).map((d) => d.id))
  let valveNoted = false
  for (let round = 0; round <= MAX_ROUNDS; round++) {
    const start = doc.kept()
    const before = new Set(doc.removals.keys())
    const joinsBefore = doc.joins
    let view: Document = doc
    if (round > 0) {
      const kv = new KeptView(doc, c.format)
      view = kv
      const vctx = new LineCtx(kv)
      for (const l of kv.lines) {
        if (l.blank || l.protected || l.removedBy !== null) continue
        vctx.reset(l)
        const at = kv.origin(l.index)
        let passed = true
        for (const r of doc.passed[at] === l.text ? c.lineRulesUnchanged : c.lineRules) {
          const why = r.fn(vctx)
          if (why) { kv.remove(l.index, r.id, why); passed = false; break }
        }
        if (passed) doc.passed[at] = l.text
      }
    }
    for (const d of c.documents) d.fn(view)
    if (c.maxRemovedShare !== null && risky.size) {
      const fired = safetyValve(doc, start, before, risky, c.maxRemovedShare, !valveNoted)
      valveNoted ||= fired
    }
    // Round 0 counts the line pass too: with lines gone, what the context rules see has changed.
    // A join (layout's hyphenation) changes what the next round sees as much as a removal does.
    const changed = (round === 0 && doc.removals.size > 0) || doc.removals.size !== before.size || [...doc.removals.keys()].some((i) => !before.has(i)) ||
      doc.joins !== joinsBefore
    if (!changed && !(round === 0 && c.documents.length && layoutChanges(doc, c.format))) break
    if (round === MAX_ROUNDS) {
      // still changing: say so rather than pass an unfinished result off as settled (cleaning the
      // output again would go on where this stopped)
      doc.note('rounds',
        `Unexpected change in round ${round + 1} of the context rules, expected the document to settle within ${MAX_ROUNDS + 1}: stopped there; cleaning the output again may remove more`,
        { rounds: round + 1 })
    }
  }

  const text = format(doc, c.format)
  if (!detailed) return { text, messages: [], stats: emptyStats(input, text) }
  const messages = sortMessages(doc)
  return { text, messages, stats: stats(doc, messages, input, text) }
}

/**
 * What is left of a document counts as an article for the safety valve from this many words with
 * at least two lines of prose (the classifier's own test of an article, so the two valves agree).
 */
const ARTICLE_WORDS = 80

/**
 * Undo this round's removals by risky (statistical) cleaners when they take more than
 * `maxShare` of the words the round started with (less what the other cleaners removed in it).
 * Returns whether it fired.
 */
function safetyValve(doc: DocState, start: readonly number[], before: ReadonlySet<number>, risky: ReadonlySet<string>, maxShare: number, report: boolean): boolean {
  let total = 0
  let removed = 0
  const undo: number[] = []
  for (const i of start) {
    const l = doc.lines[i]!
    const fresh = l.removedBy !== null && !before.has(i)
    if (fresh && !risky.has(l.removedBy!)) continue
    const w = doc.features(i).words
    total += w
    if (fresh) { removed += w; undo.push(i) }
  }
  if (total === 0 || removed / total <= maxShare) return false
  // What is left still reads as an article (a few paragraphs of prose): the removals stand.
  let keptWords = 0
  let proseLines = 0
  for (const i of start) {
    const l = doc.lines[i]!
    if (l.removedBy !== null) continue
    const f = doc.features(i)
    keptWords += f.words
    if (isProse(f)) proseLines++
  }
  if (keptWords >= ARTICLE_WORDS && proseLines >= 2) return false
  const by = new Set(undo.map((i) => doc.lines[i]!.removedBy!))
  for (const i of undo) doc.restore(i)
  if (report) {
    doc.note('safety-valve',
      `Unexpected removal of ${Math.round((removed / total) * 100)}% of the document's words by ${[...by].join(', ')}, expected at most ${Math.round(maxShare * 100)}%: kept the ${undo.length} lines they removed`,
      { removedShare: removed / total, restoredLines: undo.length })
  }
  return true
}

function format(doc: DocState, mode: OutputFormat): string {
  const out: string[] = []
  let prevBlock = -2
  let gap = false
  for (const l of doc.lines) {
    if (l.blank) { gap = true; continue }
    if (l.removedBy !== null || l.joinedTo !== -1) continue
    if (out.length) {
      if (mode === 'paragraphs' || gap || l.block !== prevBlock) out.push('\n\n')
      else out.push('\n')
    }
    out.push(l.text)
    prevBlock = l.block
    gap = false
  }
  if (!out.length) return ''
  out.push('\n')
  return out.join('')
}

function sortMessages(doc: DocState): CleanMessage[] {
  // A rewrite inside a line that was later removed (or joined onto one) is part of the removal:
  // report the removal only.
  const idx = doc.messages.map((_, i) => i).filter((i) => {
    const m = doc.messages[i]!
    if (doc.withdrawn.has(m)) return false
    if (m.kind !== 'rewrite') return true
    const l = doc.lines[m.place.start.line - 1]!
    return (l.joinedTo === -1 ? l : doc.lines[l.joinedTo]!).removedBy === null
  })
  idx.sort((a, b) => {
    const ma = doc.messages[a]!
    const mb = doc.messages[b]!
    return ma.place.start.offset - mb.place.start.offset || doc.order[a]! - doc.order[b]!
  })
  return idx.map((i) => doc.messages[i]!)
}

function emptyStats(input: string, text: string): CleanStats {
  return { inputChars: input.length, outputChars: text.length, inputLines: 0, keptLines: 0, cleaners: {} }
}

function stats(doc: DocState, messages: readonly CleanMessage[], input: string, text: string): CleanStats {
  const s = emptyStats(input, text)
  for (const l of doc.lines) {
    if (l.blank && l.removedBy === null) continue
    s.inputLines++
    if (l.removedBy === null && l.joinedTo === -1) s.keptLines++
  }
  for (const m of messages) {
    const st = (s.cleaners[m.ruleId] ??= { lines: 0, chars: 0, rewrites: 0 })
    if (m.kind === 'remove') { st.lines++; st.chars += m.actual.length }
    else if (m.kind === 'rewrite') st.rewrites++
  }
  return s
}
