import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { createTemplateLearner, learnTemplates, siteOf } from '../src/index.js'
import { checkTemplates } from '../src/templates.js'
import { sampleCorpus } from './helpers/corpus.js'

const corpus = sampleCorpus()
const corpusLines = corpus.flatMap((d) => d.raw.split('\n')).filter((l) => l.trim())

const MENU = ['Home', 'World', 'Business', 'Sport']
const FOOTER = ['About us', 'Contact the newsroom', '© 2026 The Example Times']
/** A page of a made-up site: its menu, an article, its footer. */
const page = (i: number, menu = MENU, footer = FOOTER) =>
  [...menu, `Story ${i}: the council meets again`, `The council met on day ${i} to talk about the bridge, and it will meet again next week.`, ...footer].join('\n')

describe('createTemplateLearner', () => {
  it('learns the lines that most pages of a site share, and not the articles', () => {
    const t = learnTemplates(Array.from({ length: 6 }, (_, i) => page(i)))
    expect(Object.keys(t.groups)).toEqual([''])
    expect(t.groups['']!.documents).toBe(6)
    expect(Object.keys(t.groups['']!.lines)).toEqual(['2026 the example times', 'about us', 'business', 'contact the newsroom', 'home', 'sport', 'world'])
    expect(Object.values(t.groups['']!.lines)).toEqual([6, 6, 6, 6, 6, 6, 6])
  })

  it('keeps sites apart, and needs minDocuments pages per site', () => {
    const learner = createTemplateLearner()
    for (let i = 0; i < 5; i++) learner.add(page(i), 'a.example')
    for (let i = 0; i < 3; i++) learner.add(page(i, ['Start', 'Shop', 'Blog']), 'b.example')
    const t = learner.templates()
    expect(Object.keys(t.groups)).toEqual(['a.example'])
    expect(t.groups['a.example']!.lines['home']).toBe(5)
  })

  it('applies minShare: a line on fewer than half the pages is not template', () => {
    const docs = Array.from({ length: 10 }, (_, i) => page(i, i < 4 ? [...MENU, 'Elections 2026'] : MENU))
    expect(learnTemplates(docs).groups['']!.lines['elections 2026']).toBeUndefined()
    expect(learnTemplates(docs, { minShare: 0.4 }).groups['']!.lines['elections 2026']).toBe(4)
  })

  it('counts identical documents once', () => {
    const docs = [page(1), page(1), page(1), page(1), page(2)]
    expect(learnTemplates(docs).groups).toEqual({})
    expect(learnTemplates(docs, { minDocuments: 2 }).groups['']!.documents).toBe(2)
  })

  it('gives the same templates in any order, also when it samples (property)', () => {
    const doc = fc.array(fc.oneof(fc.constantFrom(...corpusLines), fc.constantFrom(...MENU, ...FOOTER), fc.string()), { minLength: 1, maxLength: 12 }).map((ls) => ls.join('\n'))
    const entry = fc.record({ text: doc, group: fc.constantFrom('', 'a.example', 'b.example') })
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 8 }), fc.infiniteStream(fc.integer()), (docs, sample, noise) => {
        const shuffled = docs.map((d) => [noise.next().value as number, d] as const).sort((x, y) => x[0] - y[0]).map(([, d]) => d)
        const options = { minDocuments: 2, sample }
        const a = learnTemplates(docs, options)
        expect(learnTemplates(shuffled, options)).toEqual(a)
        checkTemplates(JSON.parse(JSON.stringify(a)))
        for (const g of Object.values(a.groups)) expect(g.documents).toBeLessThanOrEqual(sample)
      }),
      { numRuns: 150 },
    )
  })

  it('learns nothing from the sample corpus, whose articles share no lines', () => {
    expect(learnTemplates(corpus.map((d) => d.raw), { minDocuments: 2 }).groups).toEqual({})
  })

  it('rejects bad options and bad documents', () => {
    expect(() => createTemplateLearner({ minShare: 0 })).toThrow(/minShare 0/)
    expect(() => createTemplateLearner({ sample: 1.5 })).toThrow(/sample 1.5/)
    expect(() => createTemplateLearner().add(null as never)).toThrow(/null document/)
  })
})

describe('siteOf', () => {
  it.each([
    ['https://www.example.com/news/1?x=2', 'example.com'],
    ['http://user@Blog.Example.org:8080/a', 'blog.example.org'],
    ['example.net', 'example.net'],
    ['  The Site ', 'the site'],
  ])('%s → %s', (url, site) => {
    expect(siteOf(url)).toBe(site)
  })
})

describe('checkTemplates', () => {
  it.each([
    [null, /null/],
    [{ version: 2, groups: {} }, /version 2/],
    [{ version: 1, groups: { a: { documents: 0, lines: {} } } }, /group 'a'/],
    [{ version: 1, groups: { a: { documents: 3, lines: { home: 4 } } } }, /line 'home'/],
  ])('rejects %j', (value, message) => {
    expect(() => checkTemplates(value)).toThrow(message)
  })
})
