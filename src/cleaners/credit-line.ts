import type { LineCleaner, LineContext } from '../types.js'
import { CREDITS } from '../data/credits.js'
import { nonBlank } from '../document-utils.js'
import { withUnchangedRule } from '../model.js'
import { checkStrings, quote } from './phrase-cleaner.js'
import { DATE_SOURCE, MONTH_YEAR_SOURCE, NAMES, NAMES_SOURCE, TIME_SOURCE } from './byline-date.js'
import { wordAlternation } from '../patterns.js'

export interface CreditLineOptions {
  /**
   * Extra labels in front of the names of who wrote, reviewed or edited the page (lower case,
   * without the final ':').
   * @default []
   * @example ['illustrated by']
   */
  people: string[]
  /**
   * Extra labels in front of the page's dates.
   * @default []
   * @example ['zuletzt geprüft']
   */
  dates: string[]
}

const DIGIT = /\d{4}/
/** Longest credit line, in characters. */
const MAX_CHARS = 140
/** Longest credential or role after the names ("Ruth Okafor, MA, MFA", "Jane Doe | Senior Editor"), in words. */
const ROLE_WORDS = 6


/**
 * After the names: a date, or a short credential or role that ends no sentence and credits no one
 * else ("Reviewed by Critics, Loved by Fans" is a headline).
 */
function roleOrDate(tail: string, date: RegExp): boolean {
  if (date.test(tail)) return true
  return tail.split(/\s+/).length <= ROLE_WORDS && !/[.!?…]$/u.test(tail.trim()) && !BY_WORD.test(tail)
}
const BY_WORD = /(?:^|\s)(?:by|von|par|por|door|da|di)(?:\s|$)/iu

/**
 * Credit lines of the page: who wrote, reviewed or edited it and when it was published or
 * updated, each behind its label ("Written by Jane Doe", "Medically reviewed by Dr Ann Lee, MD",
 * "Fact checked by", "Last updated: March 4, 2025", "Posted on April 13, 2023 by Jane Doe",
 * "Publié le 4 mars 2025"). The label decides, and after it only names (with a credential or a
 * role), a date, or nothing may follow: "Published by a small press in 2019, the novel …" is a
 * sentence. A dated byline goes too ("By Jane Doe | March 4, 2025", "Jane Doe • Mar 4, 2025 · 3
 * comments"). A bare byline ("By Jane Doe") and a lone date are left to `byline-date` (off by
 * default: extractions often keep them); a labelled or dated credit is page furniture.
 */
export const creditLine: LineCleaner<CreditLineOptions> = {
  id: 'credit-line',
  category: 'noise',
  stage: 'line',
  description: 'Labelled and dated credit lines: "Written by Jane Doe", "Fact checked by", "Last updated: March 4, 2025", "By Jane Doe | March 4, 2025"',
  enabled: true,
  defaults: { people: [], dates: [] },
  validate(o) {
    checkStrings('credit-line', 'people', o.people)
    checkStrings('credit-line', 'dates', o.dates)
  },
  examples: [
    { input: 'Bridge Closes for Repairs\nWritten by Jane Doe\nLast updated: March 4, 2025\nThe council voted on Tuesday to close the old bridge.', output: 'Bridge Closes for Repairs\n\nThe council voted on Tuesday to close the old bridge.\n' },
    { input: 'Text.\nMedically reviewed by Dr Ann Lee, MD\nFact checked by', output: 'Text.\n', note: 'a credential after the name; a label with its name on the next line' },
    { input: 'Published by a small press in 2019, the novel sold only a few hundred copies.', output: 'Published by a small press in 2019, the novel sold only a few hundred copies.\n', note: 'a sentence that starts like a label stays' },
    { input: 'Text.\nPublié le 4 mars 2025 à 14h10\nGeschrieben von Anna Schmidt', output: 'Text.\n', note: 'French and German' },
  ],
  compile(o, env) {
    const data = env.languages.map((l) => CREDITS[l]).filter((d) => d !== undefined)
    const people = [...data.flatMap((d) => d.people), ...o.people]
    const dates = [...data.flatMap((d) => d.dates), ...o.dates]
    const label = (ls: readonly string[]): RegExp => new RegExp(`^[\\s\\p{P}\\p{S}]*(${wordAlternation(ls)})(?=$|[\\s:,])[\\s:,]*`, 'iu')
    const PEOPLE = label(people)
    const DATES = label(dates)
    const ONE_DATE = `(?:${DATE_SOURCE}|${MONTH_YEAR_SOURCE})`
    // a date (two glued: published and updated), and who posted it ("… by Jane Doe")
    const DATE_REST = new RegExp(`^${ONE_DATE}(?:\\s*[,|·•]?\\s*${ONE_DATE})?(?:\\s*(?:by|von|par|por|da|door)\\s+(.+?))?[\\s\\p{P}\\p{S}]*$`, 'iu')
    const DATE_ONLY = new RegExp(`^${ONE_DATE}[\\s\\p{P}\\p{S}]*$`, 'iu')
    // a dated byline: names, then a date (and a time), then at most a count of comments or a
    // reading time ("By Jane Doe | March 4, 2025", "Jane Doe • Mar 4, 2025 · 3 comments")
    const DATED = new RegExp(`^(by\\s*)?(.{2,60}?)\\s*([|,·•–—-])?\\s*(?:on\\s+)?${ONE_DATE}(?:\\s*,?\\s*${TIME_SOURCE})?`
      + `(\\s*[|·•–—-]\\s*(?:(?:\\d+|one|no)\\s+comments?(?:\\s+so\\s+far)?|comments|\\d+\\s*(?:min|mins|minutes?)(?:\\s+read)?))?[\\s\\p{P}\\p{S}]*$`, 'iu')
    const NAMES_ONLY = new RegExp(`^${NAMES_SOURCE}$`, 'u')
    // without "By": two names at least and a count of comments or a reading time after the date
    // ("Jane Doe • March 4, 2025 · 3 comments"); a name and a date alone may be a heading
    // ("Harbour Festival · July 12, 2025", "Election Day, November 5, 2024")
    const datedByline = (text: string): boolean => {
      const m = DATED.exec(text)
      if (!m) return false
      const who = m[2]!.trim()
      if (!NAMES_ONLY.test(who) || DATE_ONLY.test(who)) return false
      return m[1] !== undefined || (/\s/.test(who) && m[4] !== undefined)
    }
    // two name words at least ("Edited by AI — Newsrooms Test New Tools" is a headline)
    const names = (s: string): boolean => {
      const m = NAMES.exec(s.trim())
      if (m === null) return false
      const who = (m[1] === undefined ? s.trim() : s.trim().slice(0, s.trim().length - m[1].length)).replace(/[\s|,·•–—-]+$/u, '')
      if (who.split(/\s+/).length < 2 || BY_WORD.test(who)) return false
      return m[1] === undefined || roleOrDate(m[1], DATE_ONLY)
    }
    // a label alone ("Fact checked by", "Last updated:") is one when it has two words or more
    const bare = (l: string): boolean => /\s/.test(l.trim())
    // Only a people label reads the line below (a biography under it): in a later round, a line
    // whose text is unchanged is tested again only when it starts with one.
    const rule = (ctx: LineContext): string | null => {
      const text = ctx.text
      // two anchored searches decide most lines faster than reading their first word would
      if (text.length > MAX_CHARS) return null
      if (text.length <= 100 && DIGIT.test(text) && datedByline(text)) return `dated byline ${quote(text)}`
      const p = PEOPLE.exec(text)
      if (p) {
        const rest = text.slice(p[0].length).trim()
        // over a biography that names them, it is the name line of an author box: `author-bio`
        // takes the two together, or keeps both
        if (rest ? names(rest) && !overBiography(ctx, rest) : bare(p[1]!)) return `credit line ${quote(text)}`
      }
      const d = DATES.exec(text)
      if (d) {
        const rest = text.slice(d[0].length).trim()
        if (!rest) return bare(d[1]!) ? `credit line ${quote(text)}` : null
        const m = DATE_REST.exec(rest)
        if (m && (m[1] === undefined || names(m[1]))) return `credit line ${quote(text)}`
      }
      return null
    }
    return withUnchangedRule(rule, (ctx) => (PEOPLE.test(ctx.text) ? rule(ctx) : null))
  },
}

/** The next line names the first or second of `names` in its first words: a biography. */
function overBiography(ctx: LineContext, names: string): boolean {
  const j = nonBlank(ctx.doc, ctx.line.index, 1)
  if (j < 0) return false
  const head = ctx.doc.lines[j]!.text.split(/\s+/, 6).map((w) => w.replace(/[^\p{L}\p{M}'’-]/gu, ''))
  const words = names.split(/[\s,|·•–—-]+/).filter((w) => /^\p{Lu}/u.test(w))
  return words.length > 0 && (head.includes(words[0]!) || (words.length > 1 && head.includes(words[1]!)))
}
