import type { DocumentView, LineCleaner, LineContext } from '../types.js'
import { isTableCell } from '../features.js'
import { withUnchangedRule } from '../model.js'
import { definePhraseCleaner, quote, type PhraseOptions } from './phrase-cleaner.js'

/** A line that is only a small number: a comment or share counter left by a widget. */
const LONE_NUMBER = /^\d{1,4}$/

/** Lines looked at on each side of a lone number, and how many of them must be table cells. */
const TABLE_WINDOW = 3
const TABLE_NEIGHBOURS = 2

/** Whether the line sits among table cells (a rank or a value of a table, not a counter). */
function amongCells(doc: DocumentView, index: number): boolean {
  let cells = 0
  for (const step of [-1, 1]) {
    let seen = 0
    for (let j = index + step; j >= 0 && j < doc.lines.length && seen < TABLE_WINDOW; j += step) {
      const l = doc.lines[j]!
      if (l.blank) continue
      seen++
      if (l.removedBy === null && isTableCell(doc.features(j), l.text)) cells++
    }
  }
  return cells >= TABLE_NEIGHBOURS
}

/** A lone small number that is not among table cells. */
function loneNumber(ctx: LineContext): string | null {
  return ctx.text.length <= 4 && LONE_NUMBER.test(ctx.text) && !amongCells(ctx.doc, ctx.line.index) ? `counter ${quote(ctx.text)}` : null
}

const phrases = definePhraseCleaner({
  id: 'counter',
  what: 'counter',
  description: 'Engagement counters: a stray "0", "3 Comments", "1.2K shares", "5 min read", "Views: 120"',
  examples: [
    { input: 'Title\n0\nText.', output: 'Title\n\nText.\n' },
    { input: 'Text.\n1.2K shares\n5 min read\nViews: 120', output: 'Text.\n' },
    { input: 'He scored 3 goals in 5 minutes.', output: 'He scored 3 goals in 5 minutes.\n', note: 'numbers in prose stay' },
    { input: 'Texte.\n3 commentaires\n4 min de lecture\nLesezeit: 5 Minuten', output: 'Texte.\n', note: 'French and German' },
    {
      input: 'Rank\nState\nScore\n1\nNorth Dakota\n82.0\n2\nVermont\n80.8',
      output: 'Rank\n\nState\n\nScore\n\n1\n\nNorth Dakota\n\n82.0\n\n2\n\nVermont\n\n80.8\n',
      note: 'a lone number among table cells is a rank, not a counter',
    },
  ],
  // the lone-number shape reads the neighbours (table cells), so the rule is not pure
  pure: false,
  shape: loneNumber,
})

/** Engagement counters: a stray "0", "3 Comments", "1.2K shares", "5 min read", "Views: 120". */
export const counter: LineCleaner<PhraseOptions> = {
  ...phrases,
  compile(o, env) {
    // on a line whose text has not changed since the rule answered null, the phrases would answer
    // null again; only the lone-number shape can change its answer (its neighbours may be gone)
    return withUnchangedRule(phrases.compile(o, env), loneNumber)
  },
}
