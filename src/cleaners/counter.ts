import { BARE_NUMBER, BARE_YEAR } from '../patterns.js'
import { nonBlank } from '../document-utils.js'
import type { DocumentView } from '../types.js'
import { definePhraseCleaner, quote } from './phrase-cleaner.js'

/** Lines a timeline's year may stand above its entry's paragraph (the year, an event heading, the paragraph). */
const YEAR_TO_PROSE = 2
/** Words of an entry's paragraph, at least (a sentence: an entry is often dense in names, so no function-word test). */
const ENTRY_WORDS = 12
/** Lines from one year of a timeline to the next, at most. */
const YEAR_TO_YEAR = 8

/** Whether the year at line i heads an entry: a paragraph within YEAR_TO_PROSE lines below it, before another year. */
function headsEntry(doc: DocumentView, i: number): boolean {
  for (let j = i, k = 0; k < YEAR_TO_PROSE; k++) {
    j = nonBlank(doc, j, 1)
    if (j < 0) return false
    const t = doc.lines[j]!.text.trim()
    if (BARE_YEAR.test(t)) return false
    const f = doc.features(j)
    if (f.words >= ENTRY_WORDS && f.endsSentence) return true
  }
  return false
}

/**
 * A year of a timeline ("1863" / "The Metropolitan Railway Opens" / a paragraph, then "1890" …):
 * it heads an entry, and so does another year within YEAR_TO_YEAR lines above or below.
 */
function inTimeline(doc: DocumentView, i: number): boolean {
  if (!headsEntry(doc, i)) return false
  for (const step of [-1, 1] as const) {
    for (let j = i, k = 0; k < YEAR_TO_YEAR; k++) {
      j = nonBlank(doc, j, step)
      if (j < 0) break
      if (BARE_YEAR.test(doc.lines[j]!.text.trim())) {
        if (headsEntry(doc, j)) return true
        break
      }
    }
  }
  return false
}

/** Engagement counters: a stray "0", "3 Comments", "1.2K shares", "5 min read", "Views: 120". */
export const counter = definePhraseCleaner({
  id: 'counter',
  what: 'counter',
  description: 'Engagement counters: a stray "0", "3 Comments", "1.2K shares", "5 min read", "Views: 120"',
  examples: [
    { input: 'Title\n0\nText.', output: 'Title\n\nText.\n' },
    { input: 'Text.\n1.2K shares\n5 min read\nViews: 120', output: 'Text.\n' },
    { input: 'History.\n1863\nThe Metropolitan Railway opened between Paddington and Farringdon, using steam engines and gas lamps.\n1890\nThe first deep tube line ran electric trains through deep tunnels under the river.', output: 'History.\n\n1863\n\nThe Metropolitan Railway opened between Paddington and Farringdon, using steam engines and gas lamps.\n\n1890\n\nThe first deep tube line ran electric trains through deep tunnels under the river.\n', note: 'the years of a timeline stay' },
    { input: 'He scored 3 goals in 5 minutes.', output: 'He scored 3 goals in 5 minutes.\n', note: 'numbers in prose stay' },
    { input: 'Texte.\n3 commentaires\n4 min de lecture\nLesezeit: 5 Minuten', output: 'Texte.\n', note: 'French and German' },
  ],
  // the years of a timeline read their neighbours: not pure
  shape: ({ text, doc, line }) => (text.length <= 4 && BARE_NUMBER.test(text) && !(BARE_YEAR.test(text) && inTimeline(doc, line.index)) ? `counter ${quote(text)}` : null),
})
