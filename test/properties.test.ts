import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { clean, cleanWithReport, createCleaner, type CleanResult } from '../src/index.js'
import { evalSlice, sampleCorpus } from './helpers/corpus.js'

const cleaner = createCleaner()
const corpus = sampleCorpus()
const corpusLines = corpus.flatMap((d) => d.raw.split('\n'))
const evalDocs = evalSlice().slice(0, 20).map((d) => d.input)

/** Noise lines of many kinds, to mix into generated documents. */
const noise = [
  '0', '77b894ee-98c4-41e9-bdc0-672c7d31e19b', 'Leave a Reply', 'READ: City Approves New Budget', 'HomeSports',
  'Share this:', 'Advertisement', '© 2024 Example Media. All rights reserved.', 'Photo: Jane Doe/Reuters',
  'Related:', 'Sign up for our newsletter', '  \u00A0 ', '', '\t', '3 Comments', 'Home > News > World',
  // what the phrase rules must leave (reported speech, a wrapped line that starts like a plug) and
  // symbols at the edge of a noise line
  '"We use cookies only where the law allows," the officer told reporters.', 'help us keep the beach clean is the slogan',
  'and the organisers said they hoped to make it a monthly event for the town', '👉 Share this:', 'MORE THAN A GAME',
  // Chinese, Japanese and Korean: article lines, chrome, a hard-wrapped German line with its hyphen and a table row
  '上海地铁18号线二期开通 浦东新增7座车站', '乘客早早排起了长队。', '分享到微信', '相关阅读：上海今年新增5条公交线路', '版权所有 © 2024',
  '北陸新幹線の金沢―敦賀間が16日、開業した。東京から福井までは最短2時間51分。', '関連記事', '사진=연합뉴스', '무단 전재 및 재배포 금지',
  'Davon profitieren rund 140.000 Haus-', 'halte in der Stadt.', '2023 | 148 Euro | +31 %',
]

/** A document: lines drawn from the corpus, from noise, and arbitrary unicode (lone surrogates and NUL included). */
const line = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...corpusLines) },
  { weight: 2, arbitrary: fc.constantFrom(...noise) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('a', 'B', ' ', '\u00A0', '.', '\u200B', '\r', '-', '1', 'é', '\u0000', '\uD800', '中', 'の', '。', '한'), maxLength: 30 }) },
)
const docArb = fc.array(line, { maxLength: 25 }).chain((ls) =>
  fc.constantFrom('\n', '\n\n', '\r\n').map((sep) => ls.join(sep)))

const inputs = [...corpus.map((d) => d.raw), ...corpus.map((d) => d.gold), ...evalDocs]

function checkReport(input: string, r: CleanResult): void {
  for (const m of r.messages) {
    expect(m.source).toBe('unscrape')
    expect(m.reason).toMatch(/^Unexpected /)
    if (m.kind === 'document') continue
    const { start, end } = m.place
    expect(input.slice(start.offset, end.offset)).toBe(m.actual)
    // line/column agree with the offset
    const before = input.slice(0, start.offset).split(/\r\n|\r|\n|\u2028|\u2029/)
    expect(before.length).toBe(start.line)
    expect(before[before.length - 1]!.length + 1).toBe(start.column)
  }
}

const WORD = /[\p{L}\p{N}]+/gu

/** Every word of the output occurs in the input or in the text of a declared rewrite. */
function checkNoInvention(input: string, r: CleanResult): void {
  const known = new Set([...(input.match(WORD) ?? []), ...(input.normalize('NFC').match(WORD) ?? [])])
  for (const m of r.messages) for (const e of m.expected ?? []) for (const w of e.match(WORD) ?? []) known.add(w)
  for (const w of r.text.match(WORD) ?? []) {
    if (!known.has(w)) {
      // a word can also be glued from known pieces: a join of a hyphenated line end, or a
      // removed invisible or control character between two words
      const reach = [true]
      for (let e = 1; e <= w.length; e++) {
        reach[e] = false
        for (let s = 0; s < e && !reach[e]; s++) reach[e] = reach[s]! && known.has(w.slice(s, e))
      }
      expect(reach[w.length], `invented word ${w}`).toBe(true)
    }
  }
}

describe('properties over the sample corpus and dev pages', () => {
  it.each(inputs.map((t, i) => [i, t] as const))('document %i: idempotent, deterministic, explained', (_, input) => {
    const once = cleaner.run(input)
    expect(cleaner.clean(once.text)).toBe(once.text)
    expect(createCleaner().run(input)).toEqual(once)
    checkReport(input, once)
    checkNoInvention(input, once)
  })

  it('the same output whatever order the documents come in', () => {
    const forward = inputs.map((t) => cleaner.clean(t))
    const fresh = createCleaner()
    const backward = [...inputs].reverse().map((t) => fresh.clean(t)).reverse()
    expect(backward).toEqual(forward)
  })
})

describe('properties over generated documents', () => {
  it('never throws, and the result is idempotent', () => {
    fc.assert(fc.property(docArb, (input) => {
      const out = cleaner.clean(input)
      expect(typeof out).toBe('string')
      expect(cleaner.clean(out)).toBe(out)
    }), { numRuns: 300 })
  })

  it('reports map back to the original text', () => {
    fc.assert(fc.property(docArb, (input) => {
      checkReport(input, cleanWithReport(input))
    }), { numRuns: 300 })
  })

  it('invents no words', () => {
    fc.assert(fc.property(docArb, (input) => {
      checkNoInvention(input, cleanWithReport(input))
    }), { numRuns: 300 })
  })

  it('output is trimmed lines, paragraphs separated by one blank line, one final newline', () => {
    fc.assert(fc.property(docArb, (input) => {
      const out = cleaner.clean(input)
      if (out === '') return
      expect(out.endsWith('\n')).toBe(true)
      expect(out.endsWith('\n\n')).toBe(false)
      expect(out).not.toMatch(/\n{3,}/)
      for (const l of out.slice(0, -1).split('\n\n')) {
        expect(l).not.toBe('')
        expect(l).toBe(l.trim())
      }
    }), { numRuns: 300 })
  })

  it('stats add up with the messages', () => {
    fc.assert(fc.property(docArb, (input) => {
      const r = cleanWithReport(input)
      const removed = r.messages.filter((m) => m.kind === 'remove').length
      const counted = Object.values(r.stats.cleaners).reduce((a, s) => a + s.lines, 0)
      expect(counted).toBe(removed)
      // a line joined onto the one above (layout) is neither kept on its own nor removed
      const joined = r.messages.filter((m) => m.kind === 'rewrite' && m.place.end.line > m.place.start.line).length
      expect(r.stats.inputLines - r.stats.keptLines).toBe(removed + joined)
    }), { numRuns: 200 })
  })
})

describe('idempotence: inputs a fuzzer found (each failed before its fix)', () => {
  it.each([
    ['a mojibake sequence behind a no-break space', 'Price:&nbsp;â‚¬100', {}, 'Price: €100\n'],
    ['the shortest form of it', '\u00a0Ã©', {}, 'é\n'],
    ['a repaired dash styled afterwards', 'â€"', { cleaners: { typography: { style: 'typographic' } } }, '—\n'],
    ['a lower-case cross-link under a caption', 'Photos from the parade in the city centre\nread more', {}, 'Photos from the parade in the city centre\n'],
  ] as const)('%s', (_, input, options, expected) => {
    const c = createCleaner(options)
    const once = c.clean(input)
    expect(once).toBe(expected)
    expect(c.clean(once)).toBe(once)
  })

  it('says so when a document has not settled after the last round of the context rules', () => {
    // fragments of a menu, shrunk by the fuzzer: the classifier peels a line or two a round
    const input = 'y o f I n H i P su k a M\nr\ne I\nAI Sy\nC e D g\ns\ne A\ne AI\nAI Sy\nC S\nH\nI\nC C\nP\nS I\nI\nI C\nFAQ\nC H\nA\nC p\nA\nV\nC\nPa\ni\nHe\nH I\nI Sy\nC T r\ns Pss\nCs\nI H\nA\nd S'
    const note = cleanWithReport(input).messages.find((m) => m.ruleId === 'rounds')
    expect(note?.kind).toBe('document')
    expect(note?.reason).toMatch(/^Unexpected change in round 25 of the context rules, expected the document to settle within 25/)
    // a document that settles says nothing of the kind
    expect(cleanWithReport(corpus[0]!.raw).messages.some((m) => m.ruleId === 'rounds')).toBe(false)
  })
})
