import type { DocumentCleaner } from '../types.js'
import { quote } from './phrase-cleaner.js'
import { linePosition, perDocument } from '../document-utils.js'
import { isProse } from '../features.js'
import { BULLET } from '../patterns.js'

export interface DuplicateLineOptions {
  /**
   * Shortest line, in words, whose later exact copies are removed.
   * @default 10
   */
  minWords: number
}

/** Later exact copies of a paragraph (a pull quote, a teaser printed again, a duplicated article copy). */
export const duplicateLine: DocumentCleaner<DuplicateLineOptions> = {
  id: 'duplicate-line',
  category: 'noise',
  stage: 'document',
  description: 'Later exact copies of a prose paragraph (pull quotes, repeated teasers); the first copy is kept',
  enabled: true,
  defaults: { minWords: 10 },
  validate(o) {
    if (!Number.isInteger(o.minWords) || o.minWords < 1) throw new RangeError(`Unexpected minWords ${o.minWords} for cleaner 'duplicate-line', expected a positive integer`)
  },
  examples: [
    { input: '"We will rebuild every house that the water took from us," the mayor said.\nMore text.\n"We will rebuild every house that the water took from us," the mayor said.', output: '"We will rebuild every house that the water took from us," the mayor said.\n\nMore text.\n' },
    { input: 'Short line\nShort line', output: 'Short line\n\nShort line\n', note: 'short lines are left to other cleaners' },
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
    }
  },
}
