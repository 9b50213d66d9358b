import type { DocumentCleaner, Position } from '../types.js'
import { quote } from './phrase-cleaner.js'

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
  description: 'Later exact copies of a paragraph (pull quotes, repeated teasers); the first copy is kept',
  enabled: true,
  defaults: { minWords: 10 },
  validate(o) {
    if (!Number.isInteger(o.minWords) || o.minWords < 1) throw new RangeError(`Unexpected minWords ${o.minWords} for cleaner 'duplicate-line', expected a positive integer`)
  },
  examples: [
    { input: '"We will rebuild every house that the water took from us," the mayor said.\nMore text.\n"We will rebuild every house that the water took from us," the mayor said.', output: '"We will rebuild every house that the water took from us," the mayor said.\n\nMore text.\n' },
    { input: 'Short line\nShort line', output: 'Short line\n\nShort line\n', note: 'short lines are left to other cleaners' },
  ],
  compile(o) {
    return (doc) => {
      const seen = new Map<string, number>()
      for (const i of doc.kept()) {
        const l = doc.lines[i]!
        if (l.text.length < o.minWords * 2 || doc.features(i).words < o.minWords) continue
        const key = l.text.toLowerCase()
        const first = seen.get(key)
        if (first === undefined) { seen.set(key, i); continue }
        const f = doc.lines[first]!
        const place: Position = { start: { line: f.line, column: 1, offset: f.start }, end: { line: f.line, column: f.raw.length + 1, offset: f.end } }
        doc.remove(i, 'duplicate-line', `repeated paragraph ${quote(l.text)}`, { cause: { reason: `First copy at line ${f.line}`, place } })
      }
    }
  },
}
