import { describe, expect, it } from 'vitest'
import { clean, cleanWithReport, createCleaner, learnTemplates, type Templates } from '../../src/index.js'
import { only, removed } from './noise-helpers.js'
import { sampleCorpus } from '../helpers/corpus.js'

const A = ['Home', 'World', 'Business', 'Opinion', 'About us', 'Careers']
const B = ['Start', 'Shop', 'Blog', 'Events', 'Imprint', 'Jobs']
const article = (i: number) => [
  `The council met on day ${i} to talk about the old bridge, and it will meet again next week.`,
  'Sport',
  `Engineers found ${i + 2} cracks in the supports, and a ferry will carry passengers in the meantime.`,
]
const pageA = (i: number) => [...A.slice(0, 4), ...article(i), ...A.slice(4)].join('\n')
const pageB = (i: number) => [...B.slice(0, 3), ...article(i), ...B.slice(4)].join('\n')
const templates: Templates = learnTemplates([
  ...Array.from({ length: 5 }, (_, i) => ({ text: pageA(i), group: 'a.example' })),
  ...Array.from({ length: 5 }, (_, i) => ({ text: pageB(i), group: 'b.example' })),
])

describe('site-template', () => {
  const cleaner = only('site-template', { templates })

  it('removes the menu and footer of the site the page belongs to, and keeps a lone template line in the article', () => {
    expect(removed(cleaner, pageA(9))).toEqual(['Home', 'World', 'Business', 'Opinion', 'About us', 'Careers'])
    expect(removed(cleaner, pageB(9))).toEqual(['Start', 'Shop', 'Blog', 'Imprint', 'Jobs'])
  })

  it('names the site and how many of its pages have the line', () => {
    const m = cleanWithReport(pageA(9), { preset: ['whitespace', ['site-template', { templates }]] }).messages[0]!
    expect(m.ruleId).toBe('site-template')
    expect(m.reason).toBe('Unexpected site template line `Home` (on 5 of 5 pages of a.example), expected article text')
    expect(m.data).toEqual({ group: 'a.example', documents: 5, of: 5 })
  })

  it('leaves pages of other sites alone', () => {
    const other = ['Home', 'Sport', 'Recipes', ...article(1), 'Contact'].join('\n')
    expect(removed(cleaner, other)).toEqual([])
  })

  it('is idempotent and does nothing without templates', () => {
    const once = clean(pageA(3), { cleaners: { 'site-template': { templates } } })
    expect(clean(once, { cleaners: { 'site-template': { templates } } })).toBe(once)
    expect(once).not.toContain('Careers')
    expect(clean(pageA(3))).toBe(clean(pageA(3), { cleaners: { 'site-template': { templates: null } } }))
  })

  it('on the sample corpus wrapped in a site template, removes the template and nothing of the articles', () => {
    const menu = ['Latest', 'Politics', 'Border', 'Economy', 'Podcasts']
    const footer = ['Terms and conditions of the newsroom', 'Tips: send us a story']
    const docs = sampleCorpus()
    const wrapped = docs.map((d) => [...menu, d.raw, ...footer].join('\n'))
    const learned = learnTemplates(wrapped)
    expect(Object.keys(learned.groups['']!.lines).sort()).toEqual([...menu, ...footer].map((l) => l.toLowerCase().replace(/:/g, '')).sort())
    // the other cleaners leave some of the wrapping (a footer line in prose) on some pages
    expect(docs.filter((d, i) => clean(wrapped[i]!) !== d.gold).length).toBeGreaterThan(0)
    docs.forEach((d, i) => {
      expect(clean(wrapped[i]!, { cleaners: { 'site-template': { templates: learned } } })).toBe(d.gold)
      // and templates of other sites leave the corpus alone
      expect(clean(d.raw, { cleaners: { 'site-template': { templates } } })).toBe(d.gold)
    })
  })

  it('rejects bad templates at setup', () => {
    expect(() => createCleaner({ cleaners: { 'site-template': { templates: { version: 1, groups: { x: { documents: 1, lines: { a: 2 } } } } as Templates } } })).toThrow(/count of line 'a'/)
    expect(() => createCleaner({ cleaners: { 'site-template': { minMatches: 0 } } })).toThrow(/minMatches 0/)
  })
})
