import type { Document, DocumentCleaner, LineFeatures } from '../types.js'
import { phrasesOf } from '../data/phrases/index.js'
import { compilePhrases, firstWord, phraseKey } from '../phrases.js'
import { isHeadlineShaped, isProse } from '../features.js'
import { checkStrings, quote, startsLower } from './phrase-cleaner.js'
import { faqAt, nonBlank, perDocument } from '../document-utils.js'
import { LABEL_VALUE, QUESTION } from '../patterns.js'

export interface TrailingChromeOptions {
  /**
   * Share of the document's prose words that must come before a terminator for it to open the
   * trailing chrome.
   * @default 0.6
   */
  minShare: number
  /**
   * Or: prose words before the terminator, whatever their share, provided the prose after the
   * cut is under a quarter of the prose before it.
   * @default 150
   */
  minWords: number
  /**
   * Longest line (in words) that counts as chrome after a terminator.
   * @default 30
   */
  maxLineWords: number
  /**
   * Inside the trailing chrome of a page whose article is behind us (minShare), remove a reader
   * comment thread too: prose framed by comment metadata ("Jane says:", "March 3, 2025 at 5:50 pm",
   * "2 years ago", "Reply"), two such lines at least.
   * @default true
   */
  comments: boolean
  /**
   * Without a terminator: remove a list of teaser headlines after the article's last paragraph
   * (two or more title-case headlines making up most of what follows it, in fewer words than
   * 40 % of the article's prose, on a page with minWords of prose or more), the related stories a
   * scraper took along. And after a terminator whose cut a paragraph ended, once the article is
   * behind us (minShare): teaser cards, two or more short paragraphs each under a headline, never
   * two paragraphs in a row, with no prose after them to the end of the text.
   * @default true
   */
  teasers: boolean
  /**
   * Extra teaser-list openers (terminators too): whole lines that announce other stories ("Related
   * Posts", "Read This Next"), under which teaser cards of a headline and a summary alone go too
   * (`teasers`); under any other terminator a card needs a line more (a byline, a date). Added to
   * the bundled `teaser-list` phrases of the loaded languages.
   * @default []
   * @example ['Mehr aus der Region']
   */
  openers: string[]
  /**
   * Extra terminators: whole-line phrases (wildcards: `#` number, `*` any text).
   * @default []
   * @example ['Mehr aus der Region']
   */
  lines: string[]
  /**
   * Extra terminators: line-start phrases, for short lines ("Tags: …").
   * @default []
   */
  starts: string[]
  /**
   * Use only your terminators and openers, not the bundled ones.
   * @default false
   */
  replace: boolean
}

/** A teaser cut short by the page ("… [Read more]", "…", "[…]"): chrome even when sentence-shaped. */
const TRUNCATED = /(?:…|\.\.\.|\[(?:…|\.\.\.)\]|\[?(?:read more|continue reading|weiterlesen|lire la suite|leer más|leia mais|leggi tutto|lees meer|lees verder)\]?\s*[»›→]?)\s*$/iu

/** "Jane Doe says:", "Max sagt:", "Marie a dit :", "Ana dice:", "João disse:", "Piet zegt:". */
const SAYS = /^\S.{0,60}?\s(?:says|said|wrote|replied|sagt|schreibt|meint|antwortet|dit|a dit|écrit|dice|dijo|escribe|diz|disse|escreveu|zegt|schreef|scrive|dice|ha scritto)\s*:?$/iu
/** A time of day: a comment's timestamp ("at 5:50 pm", "14:10"). */
const TIME = /(?:^|[\s,(])\d{1,2}[:.h]\d{2}(?:\s?[ap]\.?m\.?)?(?=$|[\s,)])/iu
/** "2 years ago", "vor 3 Tagen", "il y a 2 jours", "hace 3 días", "há 2 dias", "3 giorni fa", "2 dagen geleden". */
const RELATIVE = /(?:^|\s)(?:(?:\d+|an?|one)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago|vor\s+(?:\d+|einem|einer)\s+\p{L}+|il\s+y\s+a\s+\d+\s+\p{L}+|hace\s+\d+\s+\p{L}+|há\s+\d+\s+\p{L}+|\d+\s+\p{L}+\s+fa|\d+\s+\p{L}+\s+geleden)\s*$/iu
/** A time alone ("09:25", "5.50 pm"): a live blog's entry, unless a name, a date or a reply link frames it as a comment. */
const BARE_TIME = /^[\s\p{P}]*\d{1,2}[:.h]\d{2}(?:\s?[ap]\.?\s?m\.?)?(?:\s+\p{Lu}{2,4})?[\s\p{P}]*$/u
/** The reply link under a comment. */
const REPLY = /^[\s\p{P}\p{S}]*(?:reply|reply to .{1,40}|antworten|beantworten|répondre|responder|rispondi|reageren|reageer|responder a .{1,40})[\s\p{P}\p{S}]*$/iu

/** Teaser headlines after the article's last paragraph, at least … */
const TEASER_MIN = 2
/** … making up this share of the kept lines after it … */
const TEASER_SHARE = 0.6
/** … in at most this share of the words of the article's prose (a list that is the page's body stays). */
const TEASER_MAX_SHARE = 0.4

/** A teaser headline: three words or more, set in title case, shaped like a headline. */
function teaserHeadline(text: string, f: LineFeatures): boolean {
  return f.words >= 3 && f.capitalised >= 0.6 * f.words && isHeadlineShaped(f, text)
}

/** A name after a separator: "Prophet Song by Paul Lynch", "Cillian Murphy as J. Robert Oppenheimer", "Labour Party – 411 Seats". */
const NAMED = /\s(?:by|as|von|par|por|door|–|—)\s[\p{Lu}\d]/u

/**
 * Lines of the article's own list rather than teasers: most of them label a value or name a
 * person after a separator (a cast, a line-up, prize winners, election results), or the tail
 * opens with the list's heading (a line of three words at most that is no headline, or a lead-in
 * that ends in a colon: "Serving Suggestions", "The shortlist:").
 */
function ownList(doc: Document, tail: readonly number[], heads: readonly number[]): boolean {
  let labelled = 0
  let named = 0
  for (const i of heads) {
    const text = doc.lines[i]!.text
    if (LABEL_VALUE.test(text)) labelled++
    if (NAMED.test(text)) named++
  }
  if (labelled * 2 >= heads.length || named * 2 >= heads.length) return true
  const first = doc.lines[tail[0]!]!.text.trim()
  const f = doc.features(tail[0]!)
  return /[:：]$/u.test(first) || (f.words > 0 && f.words <= 3 && !teaserHeadline(first, f))
}

/**
 * Related stories without a terminator: after the last prose paragraph, the kept lines are
 * mostly title-case headlines ("The Best Franchises of 2024", "How to Hire an SEO Consultant"),
 * at least TEASER_MIN of them, and few words next to the article's prose, and they are not the
 * article's own list (ownList). The headlines go; any other short line among them stays (a
 * sign-off, a date).
 */
function teaserTail(doc: Document, prose: number): void {
  const kept = doc.kept()
  let last = -1
  for (let k = kept.length - 1; k >= 0 && last < 0; k--) if (isProse(doc.features(kept[k]!))) last = k
  if (last < 0) return
  const tail = kept.slice(last + 1)
  let words = 0
  const heads: number[] = []
  for (const i of tail) {
    const f = doc.features(i)
    words += f.words
    if (teaserHeadline(doc.lines[i]!.text, f)) heads.push(i)
  }
  if (heads.length < TEASER_MIN || heads.length < TEASER_SHARE * tail.length || words > TEASER_MAX_SHARE * prose) return
  if (ownList(doc, tail, heads)) return
  const data = { lines: heads.length, afterLine: doc.lines[kept[last]!]!.line }
  for (const i of heads) {
    doc.remove(i, 'trailing-chrome', `teaser headline ${quote(doc.lines[i]!.text)} (${heads.length} title-case headlines after the article's last paragraph, no terminator)`, { data })
  }
}

/** Teaser cards: at least this many summaries … */
const CARD_MIN = 2
/** … of at most this many words each … */
const CARD_MAX_WORDS = 100
/** … each at most this many kept lines below a headline (a "by Jane Doe" or a date between them) … */
const CARD_GAP = 2
/** … with at most this many lines from one summary to the next (a card's headline, byline, date, category, link). */
const CARD_LINES = 8
/** Kept lines looked at from the first summary on, at most: a longer tail is left alone, so that a page of many terminators is not scanned to its end from each. */
const CARD_SCAN = 500
/** Words of the heading kept over an FAQ's first question after an inline box ("Frequently Asked Questions", "Common questions"). */
const SECTION_HEAD_WORDS = 4

/** The numbering of a list's entries: "5. Gion at Dusk", "Step 4: …", "Day 5 –", "Q: Why …", a question. */
function series(text: string): string | null {
  const t = text.trim()
  if (/^\d{1,3}[.):]\s/u.test(t)) return '#'
  const word = /^(\p{L}+)\s+\d{1,3}\s*[:.–—-]/u.exec(t)
  if (word) return `${word[1]!.toLowerCase()} #`
  const label = /^(\p{L})\s?:\s/u.exec(t)
  if (label) return `${label[1]!.toLowerCase()}:`
  return /[?？]$/u.test(t) ? '?' : null
}

/** The numbering of the article's last entry above line `i` (a few kept lines up), or null. */
function seriesAbove(doc: Document, i: number): string | null {
  for (let k = i - 1, seen = 0; k >= 0 && seen < 2 * CARD_GAP + 2; k--) {
    const r = doc.lines[k]!
    if (r.blank || r.joinedTo !== -1 || r.removedBy !== null) continue
    seen++
    const kind = isProse(doc.features(k)) ? null : series(r.text)
    if (kind !== null) return kind
  }
  return null
}

/**
 * Teaser cards under a trailing terminator ("Related Posts", "Read This Next", "Further reading"):
 * the cut under terminator `i` ended at line `j`, a paragraph, which is the first card's summary
 * when what follows is more cards: short paragraphs (CARD_MAX_WORDS), each at most CARD_GAP lines
 * below a headline, never two paragraphs in a row, and no prose after the last card to the end of
 * the text. CARD_MIN cards or more go, from `j` to the last summary; the short lines after them
 * stay for the other cleaners. Left in place, because the text is the article's own list going on
 * past an inline box ("Related: …" between a listicle's entries, before its FAQ):
 * - two paragraphs in a row (an article's sections), or any prose after the cards;
 * - cards of a headline and a paragraph alone (`minLines` 2), unless the terminator announces
 *   other stories (a `teaser-list` phrase: "Related Posts", "Read This Next"): an article's entries
 *   look the same (a listicle, a FAQ, "Don't Miss" or "Recommended" as its own section); a teaser
 *   card has a line more (a byline, a date, a category, a "Read more" link, counting the lines
 *   other cleaners removed), up to CARD_LINES;
 * - a first card taller than every later one: cards of a grid share one shape, and an inline box
 *   puts its own link above the next entry;
 * - cards numbered like the entry above the terminator ("5." after "4.", "Step 3" after "Step 2",
 *   a question after a question).
 */
function teaserCards(doc: Document, i: number, j: number, term: string, minLines: number, terminator: (k: number) => boolean): void {
  const lines = doc.lines
  const region: number[] = []
  const summaries: number[] = []
  const heads: number[] = []
  let paragraph = false
  let head = -1
  let sinceHead = Infinity
  let end = false
  for (let k = j, scanned = 0; k < lines.length; k++) {
    const r = lines[k]!
    if (r.blank || r.joinedTo !== -1) continue
    if (++scanned > CARD_SCAN) return
    // another terminator below (kept or already removed): what lies between is not known to be
    // cards (an inline box's article sections above a real grid); that terminator has its own cut
    if (k > j && terminator(k)) return
    if (r.removedBy !== null) continue
    const f = doc.features(k)
    if (isProse(f)) {
      if (end || paragraph || f.words > CARD_MAX_WORDS || (region.length > 0 && sinceHead > CARD_GAP)) return
      paragraph = true
      summaries.push(k)
      heads.push(region.length > 0 ? head : -1)
      region.push(k)
    } else if (!end) {
      if (f.words > 30) end = true
      else {
        paragraph = false
        if (isHeadlineShaped(f, r.text) || series(r.text) !== null) { head = k; sinceHead = 0 } else sinceHead++
        region.push(k)
      }
    }
  }
  if (summaries.length < CARD_MIN) return
  // the first card's height (from the terminator) against the others'
  // (the line right above a summary that starts in lower case is the summary's own first half,
  // hard-wrapped: not a line of the card)
  const wrapped = (k: number): boolean => startsLower(lines[k]!.text)
  const height = (from: number, to: number): number => {
    let h = 0
    for (let k = from + 1; k < to; k++) if (!lines[k]!.blank && !(nonBlank(doc, k, 1) === to && wrapped(to))) h++
    return h
  }
  let tallest = 0
  let shortest = Infinity
  for (let q = 1; q < summaries.length; q++) {
    const h = height(summaries[q - 1]!, summaries[q]!)
    tallest = Math.max(tallest, h)
    shortest = Math.min(shortest, h)
  }
  if (shortest < minLines || tallest > CARD_LINES || height(i, j) > tallest) return
  // the numbering of the entry above the terminator going on in the cards
  const kind = seriesAbove(doc, i)
  if (kind !== null) {
    const same = heads.filter((h) => h >= 0 && series(lines[h]!.text) === kind).length
    if (same * 2 >= heads.filter((h) => h >= 0).length) return
  }
  let last = region.length - 1
  while (!isProse(doc.features(region[last]!))) last--
  const data = { terminator: term, cards: summaries.length }
  for (let k = 0; k <= last; k++) {
    doc.remove(region[k]!, 'trailing-chrome', `teaser card after ${quote(term)} (${summaries.length} short paragraphs, each under a headline, to the end of the text)`, { data })
  }
}

/** A line that frames a reader comment: author line, timestamp (not a time alone), reply link. */
function commentMeta(text: string, f: LineFeatures): boolean {
  if (f.words > 14) return false
  return SAYS.test(text) || REPLY.test(text) || RELATIVE.test(text) || (f.digits >= 3 && TIME.test(text) && !BARE_TIME.test(text))
}

/**
 * End-of-article terminators. Once enough of the article has been read, a terminator ("Leave a
 * Reply", "Related Articles", "About the author", "Tags:", "Kommentare", "Articles similaires" …,
 * the `trailing-chrome` phrase kind in every bundled language) opens the trailing page chrome.
 * What follows is removed only while it also looks like chrome: short lines, no article-shaped
 * paragraph. A prose paragraph ends the cut and is kept; a later terminator may open a new one.
 * One exception, once the article is behind us: a reader comment thread, prose framed by comment
 * metadata ("Jane says:", "March 3, 2025 at 5:50 pm", "Reply"), goes too. And without a
 * terminator, a list of teaser headlines after the article's last paragraph (`teasers`).
 */
export const trailingChrome: DocumentCleaner<TrailingChromeOptions> = {
  id: 'trailing-chrome',
  category: 'noise',
  stage: 'document',
  description: 'Trailing page chrome: after the article, a terminator ("Related Articles", "Leave a Reply", "Tags:") and the short lines (or comment thread) under it; teaser headlines after the last paragraph, teaser cards (headline, byline, summary) under a terminator',
  enabled: true,
  risky: true,
  defaults: { minShare: 0.6, minWords: 150, maxLineWords: 30, comments: true, teasers: true, openers: [], lines: [], starts: [], replace: false },
  validate(o) {
    if (typeof o.minShare !== 'number' || !(o.minShare >= 0 && o.minShare <= 1)) {
      throw new RangeError(`Unexpected minShare ${String(o.minShare)} for cleaner 'trailing-chrome', expected a number from 0 to 1`)
    }
    for (const k of ['minWords', 'maxLineWords'] as const) {
      if (!Number.isInteger(o[k]) || o[k] < 1) {
        throw new RangeError(`Unexpected ${k} ${String(o[k])} for cleaner 'trailing-chrome', expected a positive integer`)
      }
    }
    checkStrings('trailing-chrome', 'openers', o.openers)
    checkStrings('trailing-chrome', 'lines', o.lines)
    checkStrings('trailing-chrome', 'starts', o.starts)
  },
  examples: [
    {
      input: [
        'The council voted on Tuesday to close the old bridge to traffic after engineers found deep cracks in two of its piers.',
        'Repairs are expected to take at least eighteen months, and a temporary ferry will carry cyclists and pedestrians across the river.',
        'Related Articles',
        'Mayor Announces New Budget',
        'Library Opens Late on Fridays',
        'Home | About | Contact',
      ].join('\n'),
      output: 'The council voted on Tuesday to close the old bridge to traffic after engineers found deep cracks in two of its piers.\n\nRepairs are expected to take at least eighteen months, and a temporary ferry will carry cyclists and pedestrians across the river.\n',
    },
    {
      input: [
        'Der Stadtrat hat am Dienstag beschlossen, die alte Brücke wegen tiefer Risse in zwei Pfeilern für den Verkehr zu sperren.',
        'Die Reparatur soll mindestens achtzehn Monate dauern, und eine Fähre bringt Radfahrer und Fußgänger über den Fluss.',
        'Schreibe einen Kommentar',
        'Kommentar',
        'Name *',
        'Kommentar abschicken',
      ].join('\n'),
      output: 'Der Stadtrat hat am Dienstag beschlossen, die alte Brücke wegen tiefer Risse in zwei Pfeilern für den Verkehr zu sperren.\n\nDie Reparatur soll mindestens achtzehn Monate dauern, und eine Fähre bringt Radfahrer und Fußgänger über den Fluss.\n',
      note: 'German: a WordPress comment form after the article',
    },
    {
      input: [
        'Le conseil municipal a voté mardi la fermeture du vieux pont après la découverte de fissures profondes dans deux de ses piles.',
        'Les travaux dureront au moins dix-huit mois et un bac transportera les cyclistes et les piétons.',
        'À propos de l’auteur',
        'Marie Dupont',
        'Marie Dupont couvre la politique locale depuis 2015 et a reçu plusieurs prix pour ses enquêtes sur les marchés publics.',
      ].join('\n'),
      output: 'Le conseil municipal a voté mardi la fermeture du vieux pont après la découverte de fissures profondes dans deux de ses piles.\n\nLes travaux dureront au moins dix-huit mois et un bac transportera les cyclistes et les piétons.\n\nMarie Dupont couvre la politique locale depuis 2015 et a reçu plusieurs prix pour ses enquêtes sur les marchés publics.\n',
      note: 'a prose paragraph after the terminator ends the cut and is kept',
    },
    {
      input: [
        'Comments',
        'The council voted on Tuesday to close the old bridge to traffic after engineers found deep cracks in two of its piers.',
        'Related',
        'Repairs are expected to take at least eighteen months, and a temporary ferry will carry cyclists and pedestrians across the river.',
      ].join('\n'),
      output: 'Comments\n\nThe council voted on Tuesday to close the old bridge to traffic after engineers found deep cracks in two of its piers.\n\nRelated\n\nRepairs are expected to take at least eighteen months, and a temporary ferry will carry cyclists and pedestrians across the river.\n',
      note: 'a terminator before most of the article is not one',
    },
  ],
  compile(o, env) {
    const data = o.replace ? { lines: [], starts: [] } : phrasesOf('trailing-chrome', env.languages)
    // teaser-list openers, bundled and yours, are terminators too: the two lists cannot drift apart
    const openerLines = [...(o.replace ? [] : phrasesOf('teaser-list', env.languages).lines), ...o.openers]
    const matcher = compilePhrases([...data.lines, ...o.lines, ...openerLines], [...data.starts, ...o.starts])
    const terminatorPhrase = perDocument((text: string): boolean => {
      const key = phraseKey(text)
      const first = firstWord(key)
      return matcher.whole(text, key, first) || matcher.start(text, first) !== null
    })
    const openers = compilePhrases(openerLines, [])
    const opens = (text: string): boolean => {
      const key = phraseKey(text)
      return openers.whole(text, key, firstWord(key))
    }
    const isChrome = (text: string, f: LineFeatures): boolean =>
      TRUNCATED.test(text) ? f.words <= o.maxLineWords * 2 : f.words <= o.maxLineWords && !isProse(f)

    return (doc) => {
      const isTerminator = (text: string, f: LineFeatures): boolean =>
        !(f.words > 12 || text.length > 120 || isProse(f)) && terminatorPhrase(doc, text)
      const lines = doc.lines
      const n = lines.length
      // Prose words of kept lines, and how many of them come at or after each line.
      const after = new Array<number>(n + 1).fill(0)
      for (let i = n - 1; i >= 0; i--) {
        const l = lines[i]!
        let w = 0
        if (!l.blank && l.removedBy === null && l.joinedTo === -1) {
          const f = doc.features(i)
          if (isProse(f)) w = f.words
        }
        after[i] = after[i + 1]! + w
      }
      const total = after[0]!
      if (total === 0) return
      // The last scan without a comment thread whose cut was refused: the terminators inside its
      // region reuse it (every kept line between them and its end is chrome, so their own scans
      // would end at the same line), so that a page of many terminators ("Tags:" on every line)
      // is not scanned again from each of them.
      let refused: { end: number; region: number[]; sentence: Uint8Array; at: number } | null = null
      let i = 0
      while (i < n) {
        const l = lines[i]!
        if (l.blank || l.joinedTo !== -1) { i++; continue }
        const seen = total - after[i]!
        const f = doc.features(i)
        // A terminator counts even when a line cleaner has already removed it ("Leave a Reply").
        if (seen === 0 || !(seen >= o.minShare * total || seen >= o.minWords) || !isTerminator(l.text, f)) { i++; continue }
        // With the article behind us, prose right under comment metadata is a reader's comment.
        const thread = o.comments && seen >= o.minShare * total
        // The region: chrome-like kept lines up to the first article-shaped line, region[from…].
        let region: number[]
        let from = 0
        let sentence = false
        let j: number
        let metas = 0
        let firstComment = -1
        if (!thread && refused && i < refused.end) {
          while (refused.at < refused.region.length && refused.region[refused.at]! <= i) refused.at++
          region = refused.region
          from = refused.at
          sentence = refused.sentence[from] === 1
          j = refused.end
        } else {
          region = []
          j = i + 1
          let lastMeta = -1
          let beforeComments = { j: -1, size: 0, sentence: false }
          for (; j < n; j++) {
            const r = lines[j]!
            if (r.blank || r.joinedTo !== -1 || r.removedBy !== null) continue
            const rf = doc.features(j)
            if (thread && commentMeta(r.text, rf)) { metas++; lastMeta = region.length }
            if (!isChrome(r.text, rf)) {
              if (!thread || lastMeta < 0 || region.length - lastMeta > 3) break
              if (firstComment < 0) { firstComment = j; beforeComments = { j, size: region.length, sentence } }
            }
            if (rf.endsSentence) sentence = true
            region.push(j)
          }
          // Fewer than two comment lines: not a thread; the cut ends at the first paragraph.
          if (firstComment >= 0 && metas < 2) {
            j = beforeComments.j
            region.length = beforeComments.size
            sentence = beforeComments.sentence
          }
        }
        const comments = firstComment >= 0 && metas >= 2
        const size = region.length - from
        // Before most of the article (less than minShare of its prose), a terminator is trusted
        // only when the prose after the cut is under a quarter of the prose before it; otherwise
        // it is a section heading ("Comments" in a tutorial about code, a "Most popular" badge).
        const rest = after[j]!
        const refuse = (seen < o.minShare * total && rest * 4 > seen) ||
          // a terminator right above a paragraph of prose is that paragraph's heading: leave both
          (!size && rest > 0)
        if (refuse) {
          if (!thread && from === 0) {
            // which region lines end a sentence, from each line on
            const ends = new Uint8Array(region.length + 1)
            for (let k = region.length - 1; k >= 0; k--) ends[k] = ends[k + 1]! | (doc.features(region[k]!).endsSentence ? 1 : 0)
            refused = { end: j, region, sentence: ends, at: 0 }
          }
          i++
          continue
        }
        if (from) region = region.slice(from)
        refused = null
        const term = l.text.trim()
        const shape = comments
          ? `${region.length} lines of a comment thread, ${metas} comment headers`
          : `${region.length} short line${region.length === 1 ? '' : 's'}, ${sentence ? 'no article paragraph' : 'no sentence'}`
        const data = { terminator: term, lines: region.length, seenShare: Number((seen / total).toFixed(2)), proseAfter: rest }
        if (l.removedBy === null) doc.remove(i, 'trailing-chrome', `trailing page chrome ${quote(term)} (terminator; ${shape} follow)`, { data })
        // the last short line above the paragraph that ended the cut, numbered like the entry
        // above the terminator ("5. Gion at Dusk" after "4. …"), is the article's next entry:
        // an inline box ends above it
        const goesOn = !comments && j < n && region.length > 0 ? region[region.length - 1]! : -1
        let boxed = false
        for (let k = i + 1; k < goesOn && !boxed; k++) boxed = !lines[k]!.blank
        const kind = boxed ? series(lines[goesOn]!.text) : null
        // So is an FAQ's first question over that paragraph (another question and answer follow:
        // one question over a paragraph may be a teaser's headline and summary), with the
        // short heading right above it when the box has a line of its own above that
        // ("Related Posts" / a headline / "Frequently Asked Questions" / "Why …?" / answer).
        const asks = boxed && faqAt(doc, goesOn)
        const keep = (kind !== null && kind === seriesAbove(doc, i)) || asks ? goesOn : -1
        const head = asks && region.length >= 2 ? region[region.length - 2]! : -1
        let boxAbove = false
        for (let k = i + 1; k < head && !boxAbove; k++) boxAbove = !lines[k]!.blank
        const keepHead = boxAbove && !QUESTION.test(lines[head]!.text) && doc.features(head).words <= SECTION_HEAD_WORDS &&
          isHeadlineShaped(doc.features(head), lines[head]!.text) ? head : -1
        for (const k of region) if (k !== keep && k !== keepHead) doc.remove(k, 'trailing-chrome', `trailing page chrome after ${quote(term)} (${shape})`, { data })
        if (o.teasers && !comments && seen >= o.minShare * total && j < n) teaserCards(doc, i, j, term, opens(term) ? 1 : 2, (k) => isTerminator(lines[k]!.text, doc.features(k)))
        i = j
      }
      if (o.teasers && total >= o.minWords) teaserTail(doc, total)
    }
  },
}
