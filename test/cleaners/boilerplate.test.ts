import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { clean, cleanWithReport, createCleaner } from '../../src/index.js'

// What the boilerplate cleaner does beyond its documented examples, through the whole pipeline.
describe('boilerplate: number tables', () => {
  const P = [
    'The state rankings were published on Monday by the research group, which compared housing costs, wages and commuting times.',
    'North Dakota came first for the third year in a row, helped by low prices and a strong job market in its largest cities.',
    'The group said the scores were based on data collected over twelve months and weighted by population in each state.',
  ]
  const Q = [
    'The authors noted that the scores of the top three states were close, and small changes in prices could reorder them next year.',
    'States at the bottom of the list tended to have high housing costs relative to local wages, the report found.',
    'The full data set, with the method used to weight each measure, is available from the group on request.',
  ]
  const states = ['North Dakota', 'Vermont', 'Nebraska', 'Iowa', 'South Dakota', 'Wyoming', 'Maine', 'Montana']
  const rows = states.flatMap((s, i) => [String(i + 1), s, (82 - i * 1.7).toFixed(1)])
  const text = ['Home', 'News', 'Sport', ...P, 'Rank', 'State', 'Score', ...rows, ...Q, 'About us', 'Careers', 'Contact'].join('\n\n')

  it('keeps the rank column of a kept table, which the counter rule alone takes for widget counters', () => {
    const out = clean(text).split('\n').filter(Boolean)
    expect(out.slice(0, 3)).toEqual(P)
    expect(out.slice(3, 6 + rows.length)).toEqual(['Rank', 'State', 'Score', ...rows])
    expect(out).toContain(Q[0])
    // and no message says a rank was removed
    expect(cleanWithReport(text).messages.filter((m) => m.ruleId === 'counter')).toEqual([])
    expect(clean(clean(text))).toBe(clean(text))
  })

  it('still removes counters right under a table (no row of the table follows them)', () => {
    const cells = Array.from({ length: 12 }, (_, k) => (k % 2 ? `+${(k / 3).toFixed(1)}%` : `${1 + k}/1/2013`))
    const withBar = [...P, ...cells, '12', '4', '0', ...Q].join('\n\n')
    const out = clean(withBar).split('\n').filter(Boolean)
    expect(out).toEqual(expect.arrayContaining(cells))
    expect(out.filter((l) => ['12', '4', '0'].includes(l))).toEqual([])
  })

  it('gives back only bare numbers: reading times among numbered entries stay removed, and the text settles in one pass', () => {
    // "2. Harbour Stop" and "5 min read" both read as table cells; the reading times are the
    // counter rule's widgets, not ranks. Giving them back once made later rounds take them again
    // one line per round, up to the round limit.
    const entries = Array.from({ length: 6 }, (_, i) => ['Related', `${i + 2}. Harbour Stop Number ${i}`, ...Array(20).fill('5 min read'), `${Q[i % 3]} (${i})`]).flat()
    const input = [...P, '1. Old Harbour Stop', Q[0], ...entries].join('\n')
    const r = cleanWithReport(input)
    expect(r.text).not.toContain('min read')
    expect(r.messages.filter((m) => m.ruleId === 'counter')).toHaveLength(120)
    expect(r.messages.filter((m) => m.kind === 'document')).toEqual([])
    expect(clean(r.text)).toBe(r.text)
  })

  it('still removes a lone counter outside a table', () => {
    const withCounter = [...P, '0', ...Q].join('\n\n')
    expect(clean(withCounter).split('\n').filter(Boolean)).toEqual([...P, ...Q])
  })
})

describe('boilerplate: short texts', () => {
  it('a text under MIN_WORDS words is not classified: a short list stays whole, in either format', async () => {
    const { MIN_WORDS } = await import('../../src/cleaners/boilerplate.js')
    expect(MIN_WORDS).toBe(30)
    const lists = [
      'Ingredients\n\n2 eggs\n200 g flour\n1 cup milk\n1 pinch salt\n1 tbsp butter',
      'Results\n\nLiverpool 2 Everton 1\nArsenal 0 Chelsea 0\nLeeds 3 Fulham 2',
    ]
    for (const text of lists) {
      const items = text.split('\n').filter(Boolean)
      const out = clean(text)
      expect(out.split('\n').filter(Boolean), text).toEqual(items)
      expect(clean(text, { format: 'preserve' }).split('\n').filter(Boolean)).toEqual(items)
      expect(cleanWithReport(text).messages.filter((m) => m.ruleId === 'boilerplate')).toEqual([])
    }
  })
})

describe('boilerplate: chrome other cleaners found', () => {
  // light input of wcxb-0018 (WCXB, Murrough Foley, CC-BY-4.0): no line the trees are sure of,
  // but the phrase cleaners find chrome on the page, so it is not an extracted article
  const text = readFileSync(join(__dirname, '..', '..', 'corpus', 'eval', 'light', 'wcxb-0018.txt'), 'utf8')
  const byClassifier = (options: Parameters<typeof createCleaner>[0] = {}) => createCleaner(options).run(text).messages.filter((m) => m.ruleId === 'boilerplate' && m.kind === 'remove')
  it('counts it: the page gets the precision preset instead of being kept whole', () => {
    expect(byClassifier({ preset: ['whitespace', 'boilerplate'] })).toHaveLength(0)
    const removed = byClassifier()
    expect(removed.length).toBeGreaterThan(10)
    expect(removed.map((m) => m.actual.trim())).toContain('Arkansas')
  })
  it('does not count a headline printed twice: that page is still an extracted article, kept whole', () => {
    // light input of wcxb-0042: the page title, the headline, a date, the article, and an
    // affiliate disclosure (chrome: without its cleaner, the headline alone is left to count)
    const page = readFileSync(join(__dirname, '..', '..', 'corpus', 'eval', 'light', 'wcxb-0042.txt'), 'utf8')
    const r = createCleaner({ cleaners: { 'affiliate-disclosure': false } }).run(page)
    expect(r.messages.filter((m) => m.kind === 'remove').map((m) => m.ruleId)).toEqual(['duplicate-title'])
    expect(r.text).toContain('June 9, 2025')
  })
})
