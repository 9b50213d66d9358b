import type { CleanerExample, LineCleaner, LineContext } from '../types.js'
import type { PhraseKind } from '../data/phrases/types.js'
import { phrasesOf } from '../data/phrases/index.js'
import { compilePhrases, phraseFilter } from '../phrases.js'
import { isProse } from '../features.js'
import { withUnchangedRule } from '../model.js'

/** Options every phrase cleaner takes. */
export interface PhraseOptions {
  /**
   * Extra whole-line phrases (wildcards: `#` number, `*` any text).
   * @default []
   * @example ['Deja un comentario']
   */
  lines: string[]
  /**
   * Extra line-start phrases, for short lines that do not read as prose.
   * @default []
   */
  starts: string[]
  /**
   * Extra line-start phrases of boilerplate sentences, specific enough to remove a short line
   * even when it reads as prose ("Your email address will not be published").
   * @default []
   * @example ['Tu dirección de correo electrónico no será publicada']
   */
  sentences: string[]
  /**
   * Use only your phrases, not the bundled data.
   * @default false
   */
  replace: boolean
  /**
   * Longest line (in words) that a line-start phrase may remove. Each phrase cleaner sets its
   * own default (breadcrumb 20, cross-link and source-credit 30, ad-widget 30, image-caption 40,
   * legal 60, the others 45).
   * @default 45
   */
  maxWords: number
}

export interface PhraseCleanerSpec {
  id: PhraseKind
  description: string
  /** Noun phrase for the message: "comment form" → "Unexpected comment form `…`". */
  what: string
  examples: CleanerExample[]
  enabled?: boolean
  maxWords?: number
  /** Extra test for a line-start match (after the phrase); return false to keep the line. */
  acceptStart?: (ctx: LineContext, match: RegExpExecArray) => boolean
  /** Extra test for a whole-line match of a phrase with a wildcard (from the line's own text); return false to keep the line. */
  acceptWildcard?: (ctx: LineContext) => boolean
  /**
   * Extra test, which may read the neighbouring lines, for a whole-line match of a literal phrase on
   * the lines `which` picks by their own text (those are tested again in later rounds, when their
   * neighbours may have gone). `accept` returns false to keep the line.
   */
  acceptWhole?: { which: (text: string) => boolean; accept: (ctx: LineContext) => boolean }
  /** Extra decision before phrases run (e.g. shape rules); return a reason or null. */
  shape?: (ctx: LineContext) => string | null
  /**
   * A plain line-start phrase (`starts`) also removes a paragraph of three sentences or more. Off
   * by default: a widget line is short, and a paragraph that starts like one ("Stay informed about
   * emerging technologies. …") is article text. On for notices that run to several sentences by
   * nature (a copyright line: "Copyright © 2023 NPR. All rights reserved. Visit …").
   */
  paragraphs?: boolean
  /**
   * A row of two or more of the kind's literal whole-line phrases, side by side and nothing else,
   * is removed too ("Facebook Twitter LinkedIn", "Privacy Policy | Terms of Use"): buttons and
   * links that the scraper printed on one line. Off by default: the test costs a few set lookups
   * on every line, so only the kinds that come in rows ask for it (social-plug, legal, ad-widget).
   */
  rows?: boolean
  /**
   * `shape` and `acceptStart` read only the line's own text and features, not its neighbours
   * (always so without them): a later round need not test a line again whose text is unchanged.
   */
  pure?: boolean
  /**
   * With `pure`: the lines whose verdict also reads their neighbours, tested again in a later
   * round although their text is unchanged (a timeline's year, which heads entries or not).
   */
  retest?: (ctx: LineContext) => boolean
}

export function quote(text: string, max = 60): string {
  let cut = max - 1
  // never between the two halves of a surrogate pair (an astral letter, an emoji)
  if (text.length > max) {
    const c = text.charCodeAt(cut - 1)
    if (c >= 0xd800 && c <= 0xdbff) cut--
  }
  const t = text.length > max ? `${text.slice(0, cut)}…` : text
  return `\`${t}\``
}

/** Throw at setup unless `value` is a list of non-empty strings (an option of cleaner `id`). */
export function checkStrings(id: string, name: string, value: unknown): void {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !v.trim())) {
    throw new TypeError(`Unexpected ${name} for cleaner '${id}', expected a list of non-empty strings`)
  }
}

const WILDCARD = /[#*]/

/** Opening quotation marks: a line that opens with one and has a speech tag after the closing one is a quotation. */
const QUOTE_OPEN = /^[\s\u00a0]*["“„«»‹›「『]/u
/** A closing quotation mark followed by at least two words ("…," the mayor said; „…“, sagte er; « … », a déclaré). */
const QUOTE_TAG = /["”“»«›‹」』](?=[\s\u00a0,.;:—–-]*\p{L}[\p{L}\p{M}'’-]*[\s\u00a0,]+\p{L})/u

/**
 * Reported speech: the line opens with a quotation mark, and after a closing one come at least two
 * words. A speaker who says "we need your support" or "we use cookies" is quoted in the article;
 * a plug or a banner is not printed in quotation marks with a speech tag.
 */
export function isQuotation(text: string): boolean {
  const open = QUOTE_OPEN.exec(text)
  return open !== null && QUOTE_TAG.test(text.slice(open[0].length))
}

/** A line ends a sentence, a heading or a label when its last character is one of these. */
const LINE_END = /[.!?:;…。！？、)\]"”’'»«›‹」』]\s*$/u
/** Words of the line above from which it is taken for wrapped prose (a menu item is shorter). */
const WRAPPED_MIN_WORDS = 6

/**
 * A line of hard-wrapped prose that goes on from the line above: that line is directly above (no
 * blank line), kept so far, of six words or more, and ends without punctuation, and this one starts
 * with a lower-case letter ("… they said, and" / "help us keep the beach clean is the slogan …").
 * It is the middle of a sentence: no phrase removes it. (Once the layout joins the paragraph, a
 * later round sees it whole.)
 */
export function continuesSentence(ctx: LineContext): boolean {
  const i = ctx.line.index
  if (i === 0 || !startsLower(ctx.text)) return false
  const prev = ctx.doc.lines[i - 1]!
  if (prev.blank || prev.removedBy !== null || LINE_END.test(prev.text)) return false
  return ctx.doc.features(i - 1).words >= WRAPPED_MIN_WORDS
}
const STARTS_LOWER = /^[\s\u00a0]*\p{Ll}/u
/** STARTS_LOWER, with the common cases (an ASCII first character) decided without a RegExp. */
export function startsLower(text: string): boolean {
  const c = text.charCodeAt(0)
  if (c < 128 && c !== 32 && c !== 9) return c >= 97 && c <= 122
  return STARTS_LOWER.test(text)
}

/**
 * `why`, unless the line is article text that no phrase removes: reported speech, or the middle of
 * a wrapped sentence. Called on a match only, so the tests cost nothing on other lines.
 */
function unlessArticle(ctx: LineContext, why: string): string | null {
  return isQuotation(ctx.text) || continuesSentence(ctx) ? null : why
}

/** Sentences from which a line is a paragraph, which a plain line-start phrase does not remove. */
const PARAGRAPH_SENTENCES = 3

/**
 * Build a line cleaner from phrase data: whole-line phrases on any line, line-start phrases on
 * short lines only (at most `maxWords` words), so that article prose that merely mentions a
 * newsletter or a photo is never removed.
 *
 * The prose guard: a line that reads as prose (long, sentence-shaped, rich in function words) is
 * only removed by a literal whole-line phrase or by a `sentences` phrase: a `starts` phrase never
 * removes prose, and a whole-line phrase with a wildcard never removes prose nor a sentence of
 * more than six words.
 */
export function definePhraseCleaner(spec: PhraseCleanerSpec): LineCleaner<PhraseOptions> {
  return {
    id: spec.id,
    category: 'noise',
    stage: 'line',
    description: spec.description,
    enabled: spec.enabled ?? true,
    defaults: { lines: [], starts: [], sentences: [], replace: false, maxWords: spec.maxWords ?? 45 },
    examples: spec.examples,
    validate(o) {
      checkStrings(spec.id, 'lines', o.lines)
      checkStrings(spec.id, 'starts', o.starts)
      checkStrings(spec.id, 'sentences', o.sentences)
      if (!Number.isInteger(o.maxWords) || o.maxWords < 1) {
        throw new RangeError(`Unexpected maxWords ${String(o.maxWords)} for cleaner '${spec.id}', expected a positive integer`)
      }
    },
    compile(o, env) {
      const data = o.replace ? { lines: [], starts: [], sentences: [] } : phrasesOf(spec.id, env.languages)
      const lines = [...data.lines, ...o.lines]
      // guarded: wildcard whole lines and plain line starts; unguarded: literal whole lines and sentence starts
      const guarded = compilePhrases(lines.filter((p) => WILDCARD.test(p)), [...data.starts, ...o.starts])
      const phrases = compilePhrases(lines.filter((p) => !WILDCARD.test(p)), [...data.sentences, ...o.sentences], true)
      const rows = spec.rows ?? false
      const candidate = phraseFilter([guarded, phrases])
      const row = (ctx: LineContext): string | null => {
        const n = phrases.row(ctx.text, ctx.firstWord)
        return n ? unlessArticle(ctx, `${what} ${quote(ctx.text)} (${n} in a row)`) : null
      }
      const proseLike = (ctx: LineContext) => {
        const f = ctx.features
        return isProse(f) || (f.endsSentence && f.words > 6)
      }
      const { what, shape, acceptStart, acceptWhole } = spec
      // A line-start phrase may only remove a short line: an upper bound on the words of a line
      // is its length / 2, so long lines skip the phrase tests without computing features (not
      // below 200 characters: whole-line phrases are tested up to there whatever maxWords says).
      const maxChars = Math.max(200, o.maxWords * 25)
      const pure = spec.pure ?? (!shape && !acceptStart)
      const rule = (ctx: LineContext): string | null => {
        const text = ctx.text
        if (shape) {
          const r = shape(ctx)
          if (r) return unlessArticle(ctx, r)
        }
        if (text.length > maxChars) return null
        const first = ctx.firstWord
        // No phrase of this cleaner can match the line: skip the phrase tests (the common case),
        // but for a row of them (a few set lookups decide most lines)
        if (!candidate(text, first, text.length <= 200 ? ctx.key : null)) return rows && text.length <= 160 ? row(ctx) : null
        if (text.length <= 200) {
          if (phrases.whole(text, ctx.key, first) && (!acceptWhole || !acceptWhole.which(text) || acceptWhole.accept(ctx))) {
            return unlessArticle(ctx, `${what} ${quote(text)}`)
          }
          if (guarded.whole(text, ctx.key, first) && !proseLike(ctx) && (!spec.acceptWildcard || spec.acceptWildcard(ctx))) {
            return unlessArticle(ctx, `${what} ${quote(text)}`)
          }
          if (rows) {
            const r = row(ctx)
            if (r) return r
          }
        }
        // Line-start phrases only remove short lines: a line of more than maxWords words (it has at
        // least 2 characters a word) is not even tested, which keeps prose paragraphs cheap.
        if (text.length > o.maxWords * 2 && ctx.features.words > o.maxWords) return null
        const m = phrases.start(text, first)
        if (m && (!acceptStart || acceptStart(ctx, m))) {
          return unlessArticle(ctx, `${what} ${quote(text)}`)
        }
        // a paragraph (three sentences or more) is article text even when it starts like a widget,
        // unless the cleaner's notices are paragraphs by nature (spec.paragraphs)
        const g = isProse(ctx.features) || (!spec.paragraphs && ctx.features.sentences >= PARAGRAPH_SENTENCES) ? null : guarded.start(text, first)
        if (g && (!acceptStart || acceptStart(ctx, g))) {
          return unlessArticle(ctx, `${what} ${quote(text)}`)
        }
        return null
      }
      // A pure rule's null stands while the line's text is unchanged, but the wrap guard reads the
      // line above (and acceptWhole the neighbours): such lines are tested again in a later round
      // (with the line above gone, a lower-case line may be a fragment of a removed notice).
      const own = spec.retest
      const retest = acceptWhole
        ? (ctx: LineContext) => startsLower(ctx.text) || acceptWhole.which(ctx.text) || (own !== undefined && own(ctx))
        : (ctx: LineContext) => startsLower(ctx.text) || (own !== undefined && own(ctx))
      return pure ? withUnchangedRule(rule, (ctx) => (retest(ctx) ? rule(ctx) : null)) : rule
    },
  }
}
