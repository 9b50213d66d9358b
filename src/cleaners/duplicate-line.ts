import type { Document, DocumentCleaner, DocumentView } from '../types.js'
import { quote } from './phrase-cleaner.js'
import { firstAfter, linePosition, perDocument } from '../document-utils.js'
import { isProse } from '../features.js'
import { BULLET, LABEL_VALUE } from '../patterns.js'

export interface DuplicateLineOptions {
  /**
   * Shortest line, in words, whose later exact copies are removed.
   * @default 10
   */
  minWords: number
}

/** Lines around a short line searched for the paragraphs that tell a duplicated copy. */
const COPY_WINDOW = 8
/** Different repeated paragraphs that make a copy of the text rather than a repeated template. */
const COPY_PARAGRAPHS = 4

/**
 * The earlier copy (in `earlier`, ascending) that lies between `above` and `below`, the first
 * copies of the repeated paragraphs around line `i` (`below` -2: none follows), or -1.
 */
function alignedCopy(earlier: readonly number[], above: number, below: number, i: number): number {
  if (above < 0 || below === -1) return -1
  // where one copy ends and the next begins, the paragraph above is the first copy's last and
  // the one below its first: the line's earlier copy opens or closes the first copy
  if (below >= 0 && below < above) return earlier[0]! < below ? earlier[0]! : earlier[earlier.length - 1]! > above ? earlier[earlier.length - 1]! : -1
  const limit = below >= 0 ? below : i
  const k = firstAfter(earlier, above)
  return k < earlier.length && earlier[k]! < limit ? earlier[k]! : -1
}

/**
 * A duplicated copy of the article (a print or mobile copy the scraper also took) repeats its
 * headings and list items as well as its paragraphs: a short line with an earlier exact copy is
 * part of the copy when it stands between paragraphs removed as repeated (the nearest one above,
 * and the nearest one below unless no paragraph follows) and its first copy stands between their
 * first copies, in the same order. Repeated labels in the article itself ("Pros", "Cons" under
 * each product, "Goal" and "Risk" in each column of a comparison) do not line up with the copies
 * of the paragraphs around them, and stay.
 */
function copiedStructure(doc: Document, seen: ReadonlyMap<string, number>, lower: (doc: DocumentView, text: string) => string): void {
  const lines = doc.lines
  if (!lines.some((l) => l.removedBy === 'duplicate-line')) return
  // the first copy of the nearest paragraph in one direction, when it was removed as a repeat;
  // -1: a kept paragraph comes first; -2: no paragraph in the window
  const paragraph = (i: number, step: 1 | -1): number => {
    let seenLines = 0
    for (let j = i + step; j >= 0 && j < lines.length && seenLines < COPY_WINDOW; j += step) {
      const l = lines[j]!
      if (l.blank || l.joinedTo !== -1) continue
      if (l.removedBy !== null && l.removedBy !== 'duplicate-line') continue
      seenLines++
      if (!isProse(doc.features(j))) continue
      return l.removedBy === 'duplicate-line' ? seen.get(lower(doc, l.text)) ?? -1 : -1
    }
    return -2
  }
  let lastProse = -1
  for (const i of doc.kept()) if (isProse(doc.features(i))) lastProse = i
  // how many different paragraphs are repeated: a copy of the text repeats many, a template the
  // article repeats per section (the same warning under each dose) one or two
  const repeated = new Set<number>()
  for (let j = 0; j < lines.length && repeated.size < COPY_PARAGRAPHS; j++) {
    const l = lines[j]!
    if (l.removedBy === 'duplicate-line' && isProse(doc.features(j))) repeated.add(seen.get(lower(doc, l.text)) ?? -1)
  }
  const copy = repeated.size >= COPY_PARAGRAPHS
  // earlier copies of each short line, in order
  const copies = new Map<string, number[]>()
  for (const i of doc.kept()) {
    const f = doc.features(i)
    if (f.words === 0 || isProse(f)) continue
    // a label and its value ("Dose: one tablet", "Rating: 4.5/5") belongs to a template the
    // article repeats per section, with the same sentence under each, unless many different
    // paragraphs are repeated (a copy of the text, whose labelled list items go with it)
    if (!copy && f.words <= 14 && LABEL_VALUE.test(lines[i]!.text)) continue
    const key = lower(doc, lines[i]!.text.trim())
    const earlier = copies.get(key)
    if (!earlier) { copies.set(key, [i]); continue }
    // below: a repeated paragraph, or none up to the end of the text (the copy ends the page)
    const below = paragraph(i, 1)
    const orig = alignedCopy(earlier, paragraph(i, -1), below === -2 && i < lastProse ? -1 : below, i)
    earlier.push(i)
    if (orig < 0) continue
    const place = linePosition(lines[orig]!)
    doc.remove(i, 'duplicate-line', `line ${quote(lines[i]!.text)} of a repeated copy of the text (between repeated paragraphs)`, { cause: { reason: `First copy at line ${lines[orig]!.line}`, place } })
  }
}

/** Later exact copies of a paragraph (a pull quote, a teaser printed again, a duplicated article copy, with its headings). */
export const duplicateLine: DocumentCleaner<DuplicateLineOptions> = {
  id: 'duplicate-line',
  category: 'noise',
  stage: 'document',
  description: 'Later exact copies of a prose paragraph (pull quotes, repeated teasers), and the headings of a duplicated copy of the text between them; the first copy is kept',
  enabled: true,
  defaults: { minWords: 10 },
  validate(o) {
    if (!Number.isInteger(o.minWords) || o.minWords < 1) throw new RangeError(`Unexpected minWords ${o.minWords} for cleaner 'duplicate-line', expected a positive integer`)
  },
  examples: [
    { input: '"We will rebuild every house that the water took from us," the mayor said.\nMore text.\n"We will rebuild every house that the water took from us," the mayor said.', output: '"We will rebuild every house that the water took from us," the mayor said.\n\nMore text.\n' },
    { input: 'Short line\nShort line', output: 'Short line\n\nShort line\n', note: 'short lines alone are left to other cleaners' },
    {
      input: 'The bridge\nThe council voted on Tuesday to close the old bridge after engineers found deep cracks in two piers.\nThe ferry\nA temporary ferry will carry cyclists and pedestrians across the river until the bridge reopens.\nPrint\nThe council voted on Tuesday to close the old bridge after engineers found deep cracks in two piers.\nThe ferry\nA temporary ferry will carry cyclists and pedestrians across the river until the bridge reopens.',
      output: 'The bridge\n\nThe council voted on Tuesday to close the old bridge after engineers found deep cracks in two piers.\n\nThe ferry\n\nA temporary ferry will carry cyclists and pedestrians across the river until the bridge reopens.\n\nPrint\n',
      note: 'a duplicated copy of the text: its headings go with its repeated paragraphs',
    },
    { input: '- Talk to your doctor if you have questions about your medicines and their side effects.\n- Talk to your doctor if you have questions about your medicines and their side effects.', output: '- Talk to your doctor if you have questions about your medicines and their side effects.\n\n- Talk to your doctor if you have questions about your medicines and their side effects.\n', note: 'repeated list items are structure' },
  ],
  compile(o) {
    // the same lines come again in later rounds: lower-case each text once per document
    const lower = perDocument((text: string) => text.toLowerCase())
    return (doc) => {
      const seen = new Map<string, number>()
      for (const i of doc.kept()) {
        const l = doc.lines[i]!
        // Only prose paragraphs: repeated list items, table rows and code lines are structure.
        if (l.text.length < o.minWords * 2 || BULLET.test(l.text) || l.text.includes('\t')) continue
        const f = doc.features(i)
        if (f.words < o.minWords || !isProse(f)) continue
        const key = lower(doc, l.text)
        const first = seen.get(key)
        if (first === undefined) { seen.set(key, i); continue }
        const orig = doc.lines[first]!
        const place = linePosition(orig)
        doc.remove(i, 'duplicate-line', `repeated paragraph ${quote(l.text)}`, { cause: { reason: `First copy at line ${orig.line}`, place } })
      }
      copiedStructure(doc, seen, lower)
    }
  },
}
