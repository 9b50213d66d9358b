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

/** The next year line within YEAR_TO_YEAR lines above (step -1) or below (1) line i that heads an entry, or -1. */
function nextYear(doc: DocumentView, i: number, step: 1 | -1): number {
  for (let j = i, k = 0; k < YEAR_TO_YEAR; k++) {
    j = nonBlank(doc, j, step)
    if (j < 0) return -1
    if (BARE_YEAR.test(doc.lines[j]!.text.trim())) return headsEntry(doc, j) ? j : -1
  }
  return -1
}

/**
 * A year of a timeline ("1863" / "The Metropolitan Railway Opens" / a paragraph, "1890" / …): it
 * heads an entry, and with the years heading the entries next to it makes a run of three
 * years in order, rising or falling. Two years over paragraphs are not enough (an
 * archive's "2021" and "2022", a footer's copyright years), nor are numbers out of order (the
 * votes of answers on a Q&A page: "1043", "1287", "1099").
 */
function inTimeline(doc: DocumentView, i: number): boolean {
  if (!headsEntry(doc, i)) return false
  const up1 = nextYear(doc, i, -1)
  const up2 = up1 >= 0 ? nextYear(doc, up1, -1) : -1
  const down1 = nextYear(doc, i, 1)
  const down2 = down1 >= 0 ? nextYear(doc, down1, 1) : -1
  const year = (j: number): number => Number(doc.lines[j]!.text.trim())
  const ordered = (a: number, b: number, c: number): boolean => a >= 0 && b >= 0 && c >= 0 &&
    ((year(a) < year(b) && year(b) < year(c)) || (year(a) > year(b) && year(b) > year(c)))
  return ordered(up2, up1, i) || ordered(up1, i, down1) || ordered(i, down1, down2)
}

/** Engagement counters: a stray "0", "3 Comments", "1.2K shares", "5 min read", "Views: 120". */
export const counter = definePhraseCleaner({
  id: 'counter',
  what: 'counter',
  description: 'Engagement counters: a stray "0", "3 Comments", "1.2K shares", "5 min read", "Views: 120"',
  examples: [
    { input: 'Title\n0\nText.', output: 'Title\n\nText.\n' },
    { input: 'Text.\n1.2K shares\n5 min read\nViews: 120', output: 'Text.\n' },
    { input: 'History.\n1863\nThe Metropolitan Railway opened between Paddington and Farringdon, using steam engines and gas lamps.\n1890\nThe first deep tube line ran electric trains through deep tunnels under the river.\n1908\nThe red roundel first appeared on the platforms to make the station names stand out.', output: 'History.\n\n1863\n\nThe Metropolitan Railway opened between Paddington and Farringdon, using steam engines and gas lamps.\n\n1890\n\nThe first deep tube line ran electric trains through deep tunnels under the river.\n\n1908\n\nThe red roundel first appeared on the platforms to make the station names stand out.\n', note: 'the years of a timeline stay (three in order)' },
    { input: 'He scored 3 goals in 5 minutes.', output: 'He scored 3 goals in 5 minutes.\n', note: 'numbers in prose stay' },
    { input: 'Texte.\n3 commentaires\n4 min de lecture\nLesezeit: 5 Minuten', output: 'Texte.\n', note: 'French and German' },
  ],
  // The shape reads only the line, but for a year: whether it heads a timeline's entry reads its
  // neighbours, so a year is tested again in later rounds and the rest is not.
  pure: true,
  retest: ({ text }) => text.length <= 4 && BARE_YEAR.test(text),
  shape: ({ text, doc, line }) => (text.length <= 4 && BARE_NUMBER.test(text) && !(BARE_YEAR.test(text) && inTimeline(doc, line.index)) ? `counter ${quote(text)}` : null),
})
