import type { DocumentCleaner } from '../types.js'
import { isHeadlineShaped } from '../features.js'
import { findHeadline, firstProse, lineKey, linePosition, wordsOf } from '../document-utils.js'
import { quote } from './phrase-cleaner.js'

export interface DuplicateTitleOptions {
  /**
   * Also remove reworded headlines among the lines between the headline and the first paragraph.
   * @default true
   */
  near: boolean
  /**
   * Dice similarity of word sets from which a line near the top counts as a reworded headline.
   * @default 0.6
   */
  similarity: number
}

/** Reworded copies of a headline seen under it at most (more are rows of a list, not copies). */
const MAX_REWORDINGS = 2

/** Fewest words of a headline printed as the first words of the page title's (shortened) headline. */
const MIN_SHORTENED = 4

/** Separators between a page title's headline and its site name. */
const SEPARATOR_CHARS = '|-\u2013\u2014\u00B7'
const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\u00A0'
/** Separators looked at in one line (a line with more is not a page title). */
const MAX_SEPARATORS = 8

/**
 * A page title's headline without its site name: "Headline | Site", " - Site", " – Site",
 * " — Site", " :: Site" or " · Site" at the end, or "Site | Headline" (also "::", "·") at the
 * start, where the site part has at most five words and no more than the headline. Returns every
 * such reading (a title may have two site parts: "Tips | Nutrition | CDC"). Only used when the
 * page prints one of them as its headline just below, so "Star Wars - A New Hope" alone is never
 * cut. One scan over the line (no backtracking pattern: long runs of spaces cost linear time).
 */
function withoutSiteName(text: string): string[] {
  const cuts: Array<{ at: number; len: number; pipe: boolean }> = []
  for (let i = 1; i < text.length - 1 && cuts.length <= MAX_SEPARATORS; i++) {
    const len = text.startsWith('::', i) ? 2 : SEPARATOR_CHARS.includes(text[i]!) ? 1 : 0
    if (!len || !isSpace(text[i - 1]) || !isSpace(text[i + len])) continue
    cuts.push({ at: i, len, pipe: len === 2 || text[i] === '|' || text[i] === '\u00B7' })
    i += len
  }
  if (!cuts.length || cuts.length > MAX_SEPARATORS) return []
  const out: string[] = []
  for (const c of cuts) {
    const before = text.slice(0, c.at).trim()
    const after = text.slice(c.at + c.len).trim()
    const wb = wordsOf(before).length
    const wa = wordsOf(after).length
    if (wa >= 1 && wa <= 5 && wa <= wb) out.push(before)
    if (c.pipe && wb >= 1 && wb <= 5 && wb <= wa) out.push(after)
  }
  return out
}

function dice(a: readonly string[], b: readonly string[]): number {
  const A = new Set(a)
  const B = new Set(b)
  let common = 0
  for (const w of A) if (B.has(w)) common++
  return (2 * common) / (A.size + B.size || 1)
}

function commonPrefix(a: readonly string[], b: readonly string[]): number {
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  return i
}

/**
 * Keep the first headline; remove its copies anywhere (the title printed two or three times) and
 * reworded headlines just under it. When the first is the page's title with the site name
 * ("Storm Hits Coast | The Daily Post") and the page prints the bare headline just below it, the
 * bare headline is the one kept. The message's `cause` points back at the headline kept.
 */
export const duplicateTitle: DocumentCleaner<DuplicateTitleOptions> = {
  id: 'duplicate-title',
  category: 'noise',
  stage: 'document',
  description: 'The headline printed again, exactly or reworded, among the first lines (the first copy is kept; a page title with the site name gives way to the bare headline below it)',
  enabled: true,
  defaults: { near: true, similarity: 0.6 },
  validate(o) {
    if (!(o.similarity > 0 && o.similarity <= 1)) throw new RangeError(`Unexpected similarity ${o.similarity} for cleaner 'duplicate-title', expected a number above 0 and at most 1`)
  },
  examples: [
    { input: 'Storm Hits Coast\nHomeNews\nStorm Hits Coast\nThe storm reached the coast on Monday night and cut power to thousands of homes.', output: 'Storm Hits Coast\n\nHomeNews\n\nThe storm reached the coast on Monday night and cut power to thousands of homes.\n', note: 'only this cleaner runs here; breadcrumb is another cleaner' },
    { input: 'Mayor Rejects Budget Plan Amid Protests\nMayor Rejects Budget Proposal Over Spending Concerns\nThe mayor rejected the council\'s budget plan on Tuesday, citing the cost of the new stadium.', output: 'Mayor Rejects Budget Plan Amid Protests\n\nThe mayor rejected the council\'s budget plan on Tuesday, citing the cost of the new stadium.\n' },
    { input: 'Mayor Rejects Budget Plan\nCouncil members vow to fight on\nThe mayor rejected the council\'s budget plan on Tuesday, citing the cost of the new stadium.', output: 'Mayor Rejects Budget Plan\n\nCouncil members vow to fight on\n\nThe mayor rejected the council\'s budget plan on Tuesday, citing the cost of the new stadium.\n', note: 'a different subtitle stays' },
    { input: 'Storm Hits Coast | The Daily Post\nStorm Hits Coast\nThe storm reached the coast on Monday night and cut power to thousands of homes.', output: 'Storm Hits Coast\n\nThe storm reached the coast on Monday night and cut power to thousands of homes.\n', note: 'a page title with the site name over the printed headline: the headline is kept' },
    { input: 'Do you know all of the different kinds of wine? There are more than most people think.\nThe Different Types of Wine\nFive Main Types of Wine\nAll wines can be sorted into five basic groups, from light whites to sweet dessert wines.', output: 'Do you know all of the different kinds of wine? There are more than most people think.\n\nThe Different Types of Wine\n\nFive Main Types of Wine\n\nAll wines can be sorted into five basic groups, from light whites to sweet dessert wines.\n', note: 'under article prose the first heading is a section heading: the one under it is a subheading, not a rewording' },
        { input: 'Our top pick this year is the one that costs the least to run, by a wide margin.\nBest for Small Teams\nIt syncs with every calendar and costs nothing for up to five people.\nBest for Small Teams\nThe free plan covers most of what a team of five needs, and the paid plan adds reports.', output: 'Our top pick this year is the one that costs the least to run, by a wide margin.\n\nBest for Small Teams\n\nIt syncs with every calendar and costs nothing for up to five people.\n\nBest for Small Teams\n\nThe free plan covers most of what a team of five needs, and the paid plan adds reports.\n', note: 'under article prose a heading printed again is a section of its own, not the title printed twice' },
    { input: 'How to Repot a Fern, Step by Step | The Garden Post\nHow to Repot a Fern\nFerns do best in a pot only a little wider than their roots, so move them up one size at a time.', output: 'How to Repot a Fern\n\nFerns do best in a pot only a little wider than their roots, so move them up one size at a time.\n', note: 'the printed headline may be the first words of the page title\'s: the title adds a tagline or a date' },
        { input: 'Star Wars - A New Hope\nThe film opened in 1977 and changed how studios thought about summer releases.', output: 'Star Wars - A New Hope\n\nThe film opened in 1977 and changed how studios thought about summer releases.\n', note: 'a title with a dash and no bare copy stays whole' },
    { input: 'Yoga Series\nSeptember 10 12pm-1pm Room 217 Carrie Menke\nSeptember 17 12pm-1pm Room 217 Carrie Menke\nSeptember 24 12pm-1pm Room 217 Carrie Menke\nOctober 1 12pm-1pm Room 217 Carrie Menke\nOver eight weeks we will use yoga to explore the relationship between the body, the breath and the mind.', output: 'Yoga Series\n\nSeptember 10 12pm-1pm Room 217 Carrie Menke\n\nSeptember 17 12pm-1pm Room 217 Carrie Menke\n\nSeptember 24 12pm-1pm Room 217 Carrie Menke\n\nOctober 1 12pm-1pm Room 217 Carrie Menke\n\nOver eight weeks we will use yoga to explore the relationship between the body, the breath and the mind.\n', note: 'rows of a schedule resemble each other, not the title: more than two such lines are kept' },
  ],
  compile(o) {
    return (doc) => {
      const kept = doc.kept()
      let h = findHeadline(doc, kept)
      if (h < 0) return
      // A page title ("Headline | Site") over the headline the page prints: keep the headline,
      // which carries no site name, and drop the page title.
      const bare = withoutSiteName(doc.lines[kept[h]!]!.text).map(lineKey)
      const bareWords = bare.map((b) => b.split(' '))
      // the headline as printed, or its first words when the title adds a date or a tagline
      // ("Hottest New Restaurants, December 2025 | Site" over "Hottest New Restaurants")
      const isBare = (key: string): boolean => {
        if (bare.includes(key)) return true
        const w = key.split(' ')
        return w.length >= MIN_SHORTENED && bareWords.some((b) => commonPrefix(w, b) === w.length && w.length * 2 >= b.length)
      }
      if (bare.length) {
        const limit = Math.min(firstProse(doc, kept, h + 1), h + 4)
        for (let k = h + 1; k < limit; k++) {
          const l = doc.lines[kept[k]!]!
          const f = doc.features(kept[k]!)
          // the bare headline must read as one, with no other headline between it and the title
          const headline = f.words >= 3 && isHeadlineShaped(f, l.text)
          if (!headline || !isBare(lineKey(l.text))) {
            if (headline) break
            continue
          }
          const title = doc.lines[kept[h]!]!
          // (an allowlisted title stays the headline, and the bare copy goes as a rewording)
          if (doc.remove(kept[h]!, 'duplicate-title', `page title ${quote(title.text)} with a site name over the headline`, { cause: { reason: `Headline kept at line ${l.line}`, place: linePosition(l) } })) h = k
          break
        }
      }
      const head = doc.lines[kept[h]!]!
      const headKey = lineKey(head.text)
      const headWords = wordsOf(head.text)
      const place = linePosition(head)
      const cause = { reason: `Headline kept at line ${head.line}`, place }
      const top = firstProse(doc, kept, h + 1)
      // with article prose above it, the "headline" is a section heading: the lines under it are
      // its own subheadings, not rewordings of a title, and a later copy is the same heading again
      // (a summary list, a second section), not the title printed twice
      const proseAbove = firstProse(doc, kept) < h
      const headLength = head.text.length
      // Copies of the headline: a title printed two or three times. A line repeated more often
      // is a recurring section heading (a roundup's "Key Features"), not a title: keep them all.
      const copies: number[] = []
      for (let k = h + 1; k < kept.length; k++) {
        const l = doc.lines[kept[k]!]!
        if (Math.abs(l.text.length - headLength) <= 8 && lineKey(l.text) === headKey) copies.push(k)
      }
      const removeCopies = copies.length <= 2 && !proseAbove
      const isCopy = new Set(copies)
      // Reworded headlines: one or two lines under the headline. Three or more lines that
      // resemble it are rows cut from one template (a schedule, a price list): keep them all.
      const near: number[] = []
      for (let k = h + 1; k < kept.length; k++) {
        const i = kept[k]!
        const l = doc.lines[i]!
        if (isCopy.has(k)) {
          if (removeCopies) doc.remove(i, 'duplicate-title', `repeated headline ${quote(l.text)}`, { cause })
          continue
        }
        if (!o.near || k >= top || k > h + 5 || proseAbove) continue
        const f = doc.features(i)
        if (!isHeadlineShaped(f, l.text)) continue
        const w = wordsOf(l.text)
        if (commonPrefix(w, headWords) >= 3 || dice(w, headWords) >= o.similarity) near.push(k)
      }
      if (near.length > MAX_REWORDINGS) return
      for (const k of near) {
        const l = doc.lines[kept[k]!]!
        doc.remove(kept[k]!, 'duplicate-title', `reworded headline ${quote(l.text)}`, { cause, data: { similarity: Number(dice(wordsOf(l.text), headWords).toFixed(2)) } })
      }
    }
  },
}
