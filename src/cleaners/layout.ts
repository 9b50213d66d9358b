import type { Document, DocumentCleaner } from '../types.js'
import { detectLanguage } from '../classifier/language.js'

export interface LayoutOptions {
  /**
   * Re-join paragraphs hard-wrapped across lines: `auto` when the document is clearly hard-wrapped
   * (most lines of its multi-line blocks break near one width, mid-sentence), `always`, or `never`.
   * @default 'auto'
   */
  rewrap: 'auto' | 'always' | 'never'
  /**
   * Re-join a word hyphenated at a line end ("inter-\nnational" → "international") when the
   * document shows it is one word; a real compound keeps its hyphen ("well-\nknown" → "well-known"),
   * a suspended hyphen before a conjunction its space ("Service-\nund Kundenzentren" → "Service-
   * und Kundenzentren"). In German, where a hyphenated compound capitalises the noun after the
   * hyphen, a capitalised word hyphenated before a lower-case line is one word ("Haus-\nhalte" →
   * "Haushalte"). Rewrapping never joins the rows of a table ("2023 | 148 Euro | +31 %").
   * @default true
   */
  hyphens: boolean
}

const REWRAP = ['auto', 'always', 'never']
/**
 * A word split by a hyphen at the end of a line: letters, a hyphen, nothing after. Tried only
 * where a run of letters starts (the lookbehind): from every letter of a run that a digit ends
 * ("aaaa…a1-") the match was tried to the end of the run, quadratic in its length.
 */
export const HYPHEN_END = /(?<!\p{L})(\p{L}+)-$/u
/** The first word of the next line, in lower case (a capital means a new sentence or a name). */
const LOWER_START = /^(\p{Ll}[\p{L}\p{M}]*)/u
/** A list item, heading marker or quote: never joined onto the line above. */
const ITEM_START = /^(?:[-*•·‣◦▪■●–—>#]|\d{1,3}[.)]\s)/u
/** Word ends that are never words of their own: "inter-\nnational" splits inside a word. */
const FRAGMENT = /^(?:tion|tions|sion|sions|ment|ments|ness|ity|ities|ing|ings|ed|ly|er|ers|est|ance|ence|able|ible|al|ial|ous|ive|ist|ists|ism|ize|ise|ized|ised|ure|ures|age|ty|ry|cy|ship|hood|ful|less|ic|ical)$/u

/**
 * German word ends that are never words of their own ("wen-\nden", "Rechnun-\ngen"). A German
 * compound spelled with a hyphen capitalises a noun after it ("Service-Center"), so a capitalised
 * word hyphenated before a lower-case continuation is one word split at the line end
 * ("Haus-\nhalte" → "Haushalte").
 */
const FRAGMENT_DE = /^(?:en|den|ten|nen|ern|eln|ung|ungen|heit|heiten|keit|keiten|lich|liche|lichen|licher|schaft|schaften|isch|ische|ischen|te|tet|ste|sten|chen|lein|nis|nisse|tion|tionen|ieren|iert)$/u
/**
 * Coordinating conjunctions: after "Service-" at a line end, "und Kundenzentren" makes it a
 * suspended hyphen ("Service- und Kundenzentren"), and the space stays.
 */
const CONJUNCTION = /^(?:und|oder|bzw|sowie|bis|and|or|nor|et|ou|y|o|e|en|of|och|eller|og|ve|veya|i|a)$/u
/** Cells of a table row written on one line ("2023 | 148 Euro | +31 %"): a row is never joined onto another line. */
const CELLS = /\S\s[|｜¦]\s\S|\t/u

/** Words of the document (lower case), to decide what a hyphenated line end is. */
function vocabulary(doc: Document): Set<string> {
  const v = new Set<string>()
  for (const i of doc.kept()) for (const w of doc.lines[i]!.text.toLowerCase().match(/[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu) ?? []) v.add(w)
  return v
}

/**
 * Clearly hard-wrapped: at least 6 lines inside multi-line blocks, most of them (70%) within
 * 80% of a common width of 30–100 characters, and half of them breaking mid-sentence.
 */
function hardWrapped(doc: Document, kept: readonly number[]): boolean {
  const inner: number[] = []
  for (let k = 0; k + 1 < kept.length; k++) {
    const a = doc.lines[kept[k]!]!
    const b = doc.lines[kept[k + 1]!]!
    if (a.block === b.block) inner.push(a.text.length)
  }
  if (inner.length < 6) return false
  const sorted = [...inner].sort((x, y) => x - y)
  const width = sorted[Math.floor(sorted.length * 0.9)]!
  if (width < 30 || width > 100) return false
  const near = inner.filter((n) => n >= width * 0.8 && n <= width).length
  let midSentence = 0
  for (let k = 0; k + 1 < kept.length; k++) {
    const a = doc.lines[kept[k]!]!
    if (a.block === doc.lines[kept[k + 1]!]!.block && !/[.!?:;"”»)]$/.test(a.text)) midSentence++
  }
  return near / inner.length >= 0.7 && midSentence / inner.length >= 0.5
}

/**
 * Layout repair: hard-wrapped paragraphs re-joined into one line, and words hyphenated at a line
 * end re-joined. Each join is reported as a rewrite of the line break.
 */
export const layout: DocumentCleaner<LayoutOptions> = {
  id: 'layout',
  category: 'normalise',
  stage: 'document',
  description: 'Hard-wrapped paragraphs re-joined; words hyphenated at a line end re-joined',
  enabled: true,
  defaults: { rewrap: 'auto', hyphens: true },
  validate(o) {
    if (!REWRAP.includes(o.rewrap)) throw new RangeError(`Unexpected rewrap '${String(o.rewrap)}' for cleaner 'layout', expected 'auto', 'always' or 'never'`)
  },
  examples: [
    {
      input: 'The committee met on Tuesday to discuss the inter-\nnational agreement on fishing rights, which\nexpires next year after a decade of disputes.\nMembers of the committee said that the\nagreement had been a well-known source of\nfriction between the two neighbouring states\nand that an international panel should\nreview it before the end of the year so that\nboth sides can agree on new quotas in time.',
      output: 'The committee met on Tuesday to discuss the international agreement on fishing rights, which expires next year after a decade of disputes. Members of the committee said that the agreement had been a well-known source of friction between the two neighbouring states and that an international panel should review it before the end of the year so that both sides can agree on new quotas in time.\n',
    },
    {
      input: 'A short line\nAnother short line\n- a list item',
      output: 'A short line\n\nAnother short line\n\n- a list item\n',
      note: 'lines that are not hard-wrapped stay lines',
    },
    {
      input: 'It was a well-\nknown fact.',
      output: 'It was a well-known fact.\n',
      options: { rewrap: 'always' },
    },
    {
      input: 'Fragen beantworten die Service-\nund Kundenzentren der Stadtwerke.',
      output: 'Fragen beantworten die Service- und Kundenzentren der Stadtwerke.\n',
      options: { rewrap: 'always' },
      note: 'a suspended hyphen before a conjunction keeps its space',
    },
    {
      input: 'Davon profitieren rund 140.000 Haus-\nhalte in der Stadt, wie das Unternehmen am Donnerstag mitteilte.',
      output: 'Davon profitieren rund 140.000 Haushalte in der Stadt, wie das Unternehmen am Donnerstag mitteilte.\n',
      note: 'in German a capitalised word hyphenated before a lower-case line is one word',
    },
    {
      input: 'Die Preise sinken\num zwölf Prozent.\n\nJahr | Preis | Änderung\n2023 | 148 Euro | +31 %\n2024 | 131 Euro | -11 %',
      output: 'Die Preise sinken um zwölf Prozent.\n\nJahr | Preis | Änderung\n\n2023 | 148 Euro | +31 %\n\n2024 | 131 Euro | -11 %\n',
      options: { rewrap: 'always' },
      note: 'the rows of a table are never joined',
    },
  ],
  compile(o) {
    return (doc) => {
      const kept = doc.kept()
      if (kept.length < 2) return
      const rewrap = o.rewrap === 'always' || (o.rewrap === 'auto' && hardWrapped(doc, kept))
      // The vocabulary is built only for a document that has a word hyphenated at a line end.
      let vocab: Set<string> | null | undefined = o.hyphens ? undefined : null
      // the document's language, read only where it decides a hyphenated line end ('' when unknown)
      let language: string | undefined
      let target = -1 // the line the current paragraph is being joined onto
      for (let k = 0; k + 1 < kept.length; k++) {
        const i = kept[k]!
        const j = kept[k + 1]!
        const a = doc.lines[i]!
        const b = doc.lines[j]!
        const onto = target >= 0 ? target : i
        target = -1
        if (a.block !== b.block || ITEM_START.test(b.text)) continue
        const hy = vocab !== null && a.text.endsWith('-') ? HYPHEN_END.exec(a.text) : null
        const next = hy ? LOWER_START.exec(b.text) : null
        if (hy && next) {
          vocab ??= vocabulary(doc)
          const head = hy[1]!.toLowerCase()
          const tail = next[1]!.toLowerCase()
          const joined = head + tail
          const compound = vocab!.has(`${head}-${tail}`)
          let oneWord = !compound && (vocab!.has(joined) || FRAGMENT.test(tail))
          if (!compound && !oneWord && CONJUNCTION.test(tail)) {
            doc.join(onto, j, ' ', 'layout', `suspended hyphen \`${hy[1]}- ${next[1]}\` broken across lines`, 0)
            target = onto
            continue
          }
          if (!compound && !oneWord) {
            language ??= detectLanguage(doc.text) ?? ''
            if (language === 'de') oneWord = hy[1] !== head || FRAGMENT_DE.test(tail)
          }
          if (oneWord) doc.join(onto, j, '', 'layout', `word \`${hy[1]}-\` broken across lines`, 1)
          else doc.join(onto, j, '', 'layout', `compound \`${hy[1]}-${next[1]}\` broken across lines`, 0)
          target = onto
          continue
        }
        if (rewrap && !CELLS.test(a.text) && !CELLS.test(b.text)) {
          doc.join(onto, j, ' ', 'layout', 'paragraph hard-wrapped across lines')
          target = onto
        }
      }
    }
  },
}
