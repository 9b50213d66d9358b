import type { DocumentCleaner } from '../types.js'
import { phrasesOf } from '../data/phrases/index.js'
import { compilePhrases, firstWord, phraseKey } from '../phrases.js'
import { isProse } from '../features.js'
import { firstAfter, lineKey, linePosition, perDocument } from '../document-utils.js'
import { checkStrings, quote } from './phrase-cleaner.js'
import { TOC_NAMES } from '../data/toc-names.js'

export interface TableOfContentsOptions {
  /**
   * Without a heading such as "Table of Contents", the shortest run of lines that repeat the
   * article's headings, in order, that counts as a table of contents. 0 (the default) turns this
   * off: an overview list at the top of an article often repeats its headings too, and is text.
   * @default 0
   * @example 4
   */
  minRun: number
  /**
   * Longest entry, in words.
   * @default 15
   */
  maxWords: number
  /**
   * Extra headings that open a table of contents (whole lines).
   * @default []
   * @example ['Índice de contenidos']
   */
  lines: string[]
  /**
   * Extra words that only name a table of contents (matched inside a heading, in any case): such
   * a heading with article text right under it and no entries is removed alone. The bundled ones
   * are in src/data/toc-names.ts.
   * @default []
   * @example ['Inhaltsübersicht']
   */
  names: string[]
}

/**
 * Lines after a table-of-contents heading looked at as its entries, at most. Without a bound, a
 * page of headings and entries printed over and over ("Table of Contents", "Intro", …) was
 * scanned to its end from every heading; no real table of contents comes near this length.
 */
const MAX_ENTRIES = 500

/**
 * Short lines in a row under a table-of-contents heading that make a list of entries (which
 * repeat no later heading, so they are kept, and their heading with them). Fewer, with article
 * text after them, are the article's own first lines under the empty frame of a widget.
 */
const MIN_LIST = 3

/** List numbering in front of an entry or a heading: "1.", "2)", "3.1", "IV.", "-", "•". */
const NUMBERING = /^\s*(?:[-*•·▪‣◦–—]\s*|(?:\d{1,2}(?:\.\d{1,2})*|[ivxlc]{1,5})[.):]\s*|\d{1,2}\s+(?=\p{Lu}))/iu

function entryKey(text: string): string {
  return lineKey(text.replace(NUMBERING, ''))
}

/**
 * A table of contents: a run of short lines that repeat, in order, headings that come later in
 * the article, under a heading such as "Table of Contents", "Inhaltsverzeichnis", "Sommaire",
 * "Índice", "Inhoudsopgave" (the `table-of-contents` phrase kind), or long enough to tell without
 * one. The headings themselves stay; only the list that repeats them goes.
 */
export const tableOfContents: DocumentCleaner<TableOfContentsOptions> = {
  id: 'table-of-contents',
  category: 'noise',
  stage: 'document',
  description: 'Tables of contents: a run of short lines that repeat the headings below, under "Table of Contents", "Sommaire", "Índice" …',
  enabled: true,
  risky: true,
  defaults: { minRun: 0, maxWords: 15, lines: [], names: [] },
  validate(o) {
    if (!Number.isInteger(o.minRun) || o.minRun < 0) {
      throw new RangeError(`Unexpected minRun ${String(o.minRun)} for cleaner 'table-of-contents', expected a non-negative integer`)
    }
    if (!Number.isInteger(o.maxWords) || o.maxWords < 1) {
      throw new RangeError(`Unexpected maxWords ${String(o.maxWords)} for cleaner 'table-of-contents', expected a positive integer`)
    }
    for (const k of ['lines', 'names'] as const) checkStrings('table-of-contents', k, o[k])
  },
  examples: [
    {
      input: 'Table of Contents\nWhy the bridge closed\nWhat happens next\n\nWhy the bridge closed\nEngineers found deep cracks in two of the piers of the old bridge last week.\nWhat happens next\nA temporary ferry will carry cyclists and walkers across the river until spring.',
      output: 'Why the bridge closed\n\nEngineers found deep cracks in two of the piers of the old bridge last week.\n\nWhat happens next\n\nA temporary ferry will carry cyclists and walkers across the river until spring.\n',
    },
    {
      input: 'Inhaltsverzeichnis\n1. Warum die Brücke gesperrt ist\n2. Wie es weitergeht\n\nWarum die Brücke gesperrt ist\nIngenieure fanden in der vergangenen Woche tiefe Risse in zwei Pfeilern der alten Brücke.\nWie es weitergeht\nEine Fähre bringt Radfahrer und Fußgänger bis zum Frühjahr über den Fluss.',
      output: 'Warum die Brücke gesperrt ist\n\nIngenieure fanden in der vergangenen Woche tiefe Risse in zwei Pfeilern der alten Brücke.\n\nWie es weitergeht\n\nEine Fähre bringt Radfahrer und Fußgänger bis zum Frühjahr über den Fluss.\n',
      note: 'German, numbered entries',
    },
    {
      input: 'Contents\nThe bridge is closed to cars and lorries.\nEngineers found deep cracks in two of the piers last week.',
      output: 'Contents\n\nThe bridge is closed to cars and lorries.\n\nEngineers found deep cracks in two of the piers last week.\n',
      note: 'a heading without entries that repeat later headings stays',
    },
    {
      input: 'Table of Contents\nThe bridge is closed to cars and lorries, the council said on Monday.\nEngineers found deep cracks in two of the piers last week.',
      output: 'The bridge is closed to cars and lorries, the council said on Monday.\n\nEngineers found deep cracks in two of the piers last week.\n',
      note: 'a table of contents without entries (the page built the list with a script): article text right under the heading',
    },
  ],
  compile(o, env) {
    const markers = compilePhrases([...phrasesOf('table-of-contents', env.languages).lines, ...o.lines], [])
    const names = [...env.languages.flatMap((l) => TOC_NAMES[l] ?? []), ...o.names].map((n) => n.toLowerCase())
    const isTocName = (text: string): boolean => {
      const lower = text.toLowerCase()
      return names.some((n) => lower.includes(n))
    }
    const marker = perDocument((text: string): boolean => {
      const key = phraseKey(text)
      return markers.whole(text, key, firstWord(key))
    })
    return (doc) => {
      const isMarker = (text: string): boolean => text.length <= 60 && marker(doc, text)
      const kept = doc.kept()
      const short = (k: number): boolean => {
        const f = doc.features(kept[k]!)
        return f.words > 0 && f.words <= o.maxWords && !isProse(f)
      }
      // Later positions of every short line's key: built on first use, as most documents have
      // no table-of-contents heading (and with minRun 0 nothing else asks).
      let positions: Map<string, number[]> | undefined
      const keys: string[] = new Array(kept.length)
      const keyOf = (k: number): string => (keys[k] ??= entryKey(doc.lines[kept[k]!]!.text))
      const index = (): Map<string, number[]> => {
        const map = new Map<string, number[]>()
        for (let k = 0; k < kept.length; k++) {
          if (!short(k)) continue
          const key = keyOf(k)
          if (!key) continue
          const list = map.get(key)
          if (list) list.push(k)
          else map.set(key, [k])
        }
        return map
      }
      // the first position after `after` of line k's key (binary search: a list holds every copy)
      const laterCopy = (k: number, after: number): number => {
        const list = (positions ??= index()).get(keyOf(k))
        if (!list) return -1
        const at = firstAfter(list, after)
        return at < list.length ? list[at]! : -1
      }
      // The copies are headings when article text stands between them: prose after a copy,
      // before the next one. A repeated set of labels (a spec table, a menu) is not.
      const sections = (copies: number[]): number => {
        let n = 0
        for (let c = 0; c < copies.length; c++) {
          const to = c + 1 < copies.length ? copies[c + 1]! : Math.min(kept.length, copies[c]! + 40)
          for (let p = copies[c]! + 1; p < to; p++) {
            if (isProse(doc.features(kept[p]!))) { n++; break }
          }
        }
        return n
      }
      const removeRun = (entries: Array<{ k: number; copy: number }>, marker: number): void => {
        const n = entries.length
        if (marker >= 0 && doc.lines[marker]!.removedBy === null) {
          doc.remove(marker, 'table-of-contents', `table of contents ${quote(doc.lines[marker]!.text)} (${n} entries repeat headings below)`)
        }
        for (const e of entries) {
          const h = doc.lines[kept[e.copy]!]!
          const place = linePosition(h)
          doc.remove(kept[e.k]!, 'table-of-contents', `table-of-contents entry ${quote(doc.lines[kept[e.k]!]!.text)}`, {
            cause: { reason: `Heading at line ${h.line}`, place },
          })
        }
      }
      const done = new Set<number>()
      // A heading that names a table of contents ("Table of Contents", "Inhaltsverzeichnis"; not
      // "Contents", which also heads a section on what a box holds, nor "What you'll learn") with
      // article text, or another such heading, right under it and no entries: the widget's list
      // was not in the page text.
      // Under it may stand a short first sentence or a heading or two of the article ("Introduction"),
      // not a list of MIN_LIST short lines: a book's contents printed in an article keep their heading.
      const emptyWidget = (i: number, next: number): boolean => {
        if (!isTocName(doc.lines[i]!.text) || next >= kept.length) return false
        if (isTocName(doc.lines[kept[next]!]!.text)) return true
        let run = 0
        while (next + run < kept.length && run < MIN_LIST && short(next + run)) run++
        return run < MIN_LIST && next + run < kept.length
      }

      // 1. Under a heading ("Table of Contents"; a line cleaner may have removed it already): the
      // short lines that repeat later headings, in order. An entry without a copy (a renamed
      // heading) is skipped and kept; two in a row end the list.
      let next = 0
      for (let i = 0; i < doc.lines.length; i++) {
        const l = doc.lines[i]!
        if (l.blank || l.joinedTo !== -1 || !isMarker(l.text)) continue
        while (next < kept.length && kept[next]! <= i) next++
        const entries: Array<{ k: number; copy: number }> = []
        let last = -1
        let misses = 0
        let overrun = false
        let q = next
        for (; q < kept.length && q - next < MAX_ENTRIES && short(q) && misses < 2; q++) {
          const copy = laterCopy(q, Math.max(q, last))
          if (copy < 0) { misses++; continue }
          misses = 0
          // the first entry's heading would come before the end of the list: not a table of
          // contents, whatever follows (stopping here keeps a page of many such headings linear)
          if (entries.length && entries[0]!.copy <= q) { overrun = true; break }
          entries.push({ k: q, copy })
          last = copy
        }
        if (overrun) continue
        const end = entries.length ? entries[entries.length - 1]!.k : -1
        const real = entries.filter((e) => e.copy > end)
        if (entries.length === 0 && emptyWidget(i, next)) {
          doc.remove(i, 'table-of-contents', `table of contents ${quote(l.text)} (no entries)`)
          continue
        }
        if (real.length < 2 || real.length < entries.length || sections(real.map((e) => e.copy)) * 2 < real.length) continue
        removeRun(real, i)
        for (const e of real) done.add(e.k)
      }

      // 2. Without a heading: a long run of consecutive short lines, every one repeating a later
      // heading, in order, with article text between all but one of the headings.
      if (o.minRun === 0) return
      let k = 0
      while (k < kept.length) {
        if (done.has(k) || !short(k) || laterCopy(k, k) < 0) { k++; continue }
        const run: Array<{ k: number; copy: number }> = []
        let q = k
        let last = -1
        while (q < kept.length && !done.has(q) && short(q)) {
          const copy = laterCopy(q, Math.max(q, last))
          if (copy < 0) break
          run.push({ k: q, copy })
          last = copy
          q++
        }
        const end = run[run.length - 1]!.k
        const copies = run.map((e) => e.copy)
        if (run.length >= o.minRun && copies.every((c) => c > end) && sections(copies) >= copies.length - 1) removeRun(run, -1)
        k = Math.max(q, k + 1)
      }
    }
  },
}
