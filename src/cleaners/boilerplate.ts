import type { DocumentCleaner } from '../types.js'
import { BARE_NUMBER } from '../patterns.js'
import { classifyLines, createStatsCache, SUPPORTED_LANGUAGES, type ClassifierLine, type ClassifierPreset } from '../classifier/index.js'

export interface BoilerplateOptions {
  /**
   * `precision` removes only clear page chrome; `balanced` is the default; `recall` removes more
   * (in the spirit of trafilatura's favor_precision / favor_recall).
   * @default 'balanced'
   */
  preset: ClassifierPreset
  /**
   * The document's language (ISO 639-1) for its function words; '' detects it.
   * @default ''
   * @example 'de'
   */
  language: string
}

const PRESETS: ClassifierPreset[] = ['precision', 'balanced', 'recall']

/**
 * Words from which a text is classified at all. A shorter text (a list of ingredients, a few
 * results, a note) has too few lines for line statistics, and later rounds, which see every line
 * as a paragraph, would read its items as menu entries.
 */
export const MIN_WORDS = 30

/** Cleaners whose removals are no sign of page chrome (`knownChrome`): this one, and repeats. */
const NOT_CHROME: ReadonlySet<string> = new Set(['boilerplate', 'duplicate-title', 'duplicate-line'])

/**
 * Page chrome that no phrase names (menus, footers, sidebars, related lists, author boxes,
 * comment threads), found by a statistical classifier over line features with a decoder over
 * the sequence of lines. Every removal names the features that decided it.
 */
export const boilerplate: DocumentCleaner<BoilerplateOptions> = {
  id: 'boilerplate',
  category: 'noise',
  stage: 'document',
  description: 'Page chrome no phrase names (menus, footers, related lists, comment threads), by a block classifier',
  enabled: true,
  risky: true,
  defaults: { preset: 'balanced', language: '' },
  validate(o) {
    if (!PRESETS.includes(o.preset)) throw new RangeError(`Unexpected preset '${String(o.preset)}' for cleaner 'boilerplate', expected 'precision', 'balanced' or 'recall'`)
    if (o.language && !SUPPORTED_LANGUAGES.includes(o.language)) {
      throw new RangeError(`Unexpected language '${o.language}' for cleaner 'boilerplate', expected '' or one of ${SUPPORTED_LANGUAGES.join(', ')}`)
    }
  },
  examples: [
    {
      input: 'Home\n\nNews\n\nSport\n\nContact\n\nThe council voted on Tuesday to close the old bridge to traffic after engineers found cracks in two of its supports.\n\nRepairs are expected to take at least six months, and a ferry will carry foot passengers across the river in the meantime.\n\nAbout us\n\nCareers\n\nAdvertise',
      output: 'The council voted on Tuesday to close the old bridge to traffic after engineers found cracks in two of its supports.\n\nRepairs are expected to take at least six months, and a ferry will carry foot passengers across the river in the meantime.\n',
    },
    {
      input: '2 eggs\n\n200 g flour\n\n1 cup milk\n\nWhisk the eggs with the milk, then fold in the flour until the batter is smooth and leave it to rest for ten minutes.',
      output: '2 eggs\n\n200 g flour\n\n1 cup milk\n\nWhisk the eggs with the milk, then fold in the flour until the batter is smooth and leave it to rest for ten minutes.\n',
      note: 'a short list next to the article is kept',
    },
    {
      input: 'Home\n\nNews\n\nSport\n\nContact\n\nThese pancakes take ten minutes to make and need nothing you do not already have in the kitchen.\n\nIngredients\n\n2 eggs\n\n200 g flour\n\n1 cup milk\n\nWhisk the eggs with the milk, then fold in the flour until the batter is smooth and leave it to rest for ten minutes.\n\nPour a ladle of batter into a hot buttered pan, tilt it to cover the base and cook each side for about a minute.\n\nAbout us\n\nCareers\n\nAdvertise',
      output: 'These pancakes take ten minutes to make and need nothing you do not already have in the kitchen.\n\nIngredients\n\n2 eggs\n\n200 g flour\n\n1 cup milk\n\nWhisk the eggs with the milk, then fold in the flour until the batter is smooth and leave it to rest for ten minutes.\n\nPour a ladle of batter into a hot buttered pan, tilt it to cover the base and cook each side for about a minute.\n',
      note: 'the heading of a kept list stays with it, and a paragraph one short line away from kept text is kept with it',
    },
  ],
  compile(o) {
    const base = { preset: o.preset, ...(o.language ? { language: o.language } : {}) }
    // The pipeline calls this once per round on the same document: line statistics are kept
    // for the document being cleaned (recognised by its input text) and dropped with the next.
    let cacheFor: string | null = null
    let cache = createStatsCache()
    let knownChrome = 0
    return (doc) => {
      if (doc.text !== cacheFor) {
        cacheFor = doc.text
        cache = createStatsCache()
        // Chrome the other cleaners found, counted once, on the first round: the page as the
        // scraper left it (later rounds see only the kept lines). A repeated headline or
        // paragraph is the article's own text printed twice, not chrome.
        knownChrome = 0
        for (const l of doc.lines) if (l.removedBy !== null && !l.blank && !NOT_CHROME.has(l.removedBy)) knownChrome++
      }
      // The classifier sees every non-blank line, also those other cleaners removed: it was fitted
      // on whole pages, and its context features (runs of short lines, distance to the main run
      // of prose) need the page as it was. Its verdicts apply to the lines still kept.
      const all: number[] = []
      let words = 0
      for (const l of doc.lines) {
        if (l.blank || l.joinedTo !== -1) continue
        all.push(l.index)
        if (words < MIN_WORDS) words += doc.features(l.index).words
      }
      // Too little text to judge from statistics (a list of ingredients, a results table, a note):
      // the phrase rules still apply, the classifier does not.
      if (words < MIN_WORDS) return
      const lines: ClassifierLine[] = all.map((i, k) => ({
        text: doc.lines[i]!.text,
        gapBefore: k === 0 || doc.lines[i - 1]!.blank,
      }))
      const result = classifyLines(lines, { ...base, knownChrome }, cache)
      const rowGoesOn = (k: number): boolean => {
        for (let m = k + 1; m <= k + 3 && m < lines.length; m++) {
          if (result.verdicts[m]!.table && !BARE_NUMBER.test(lines[m]!.text.trim())) return true
        }
        return false
      }
      if (result.fellBack) {
        doc.note('boilerplate', `Unexpected fall-back to the precision preset, expected the ${o.preset} preset: ${result.note ?? 'no article region found'}`)
      }
      result.verdicts.forEach((v, k) => {
        const i = all[k]!
        if (!v.keep && doc.lines[i]!.removedBy === null) doc.remove(i, 'boilerplate', v.reason || `${v.label} line`, { data: { label: v.label } })
        // a bare number that the counter rule took for a widget counter is a rank or a value of
        // a kept number table ("1", "729"): the table keeps it (the counter rule sees one line),
        // unless no other line of the table follows it (counters under a table: "12", "4", "0").
        // Only a bare number: a reading time or a share count with its words ("5 min read") is
        // a widget's even inside a run of cells.
        else if (v.table && doc.lines[i]!.removedBy === 'counter' && BARE_NUMBER.test(lines[k]!.text.trim()) && rowGoesOn(k)) doc.restore(i)
      })
    }
  },
}
