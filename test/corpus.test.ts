import { describe, expect, it } from 'vitest'
import { cleanWithReport } from '../src/index.js'
import { labels, sampleCorpus } from './helpers/corpus.js'

/** Which cleaners may remove a block of each labelled kind. */
const CLEANERS_FOR: Record<string, string[]> = {
  uuid: ['id-line'],
  counter: ['counter'],
  'source-credit': ['source-credit'],
  'comment-form': ['comment-form', 'trailing-chrome'],
  'theme-placeholder': ['theme-placeholder'],
  'image-caption': ['image-caption', 'caption-context'],
  'duplicate-title': ['duplicate-title'],
  breadcrumb: ['breadcrumb'],
  'cross-link': ['cross-link'],
  'donation-plug': ['donation-plug'],
  'social-plug': ['social-plug'],
  'newsletter-plug': ['newsletter-plug'],
}

const all = labels()

describe.each(sampleCorpus().map((d) => [d.name, d] as const))('sample %s', (name, doc) => {
  const result = cleanWithReport(doc.raw)
  const removals = new Map(result.messages.filter((m) => m.kind === 'remove').map((m) => [m.place.start.line, m]))

  it('becomes its gold text exactly', () => {
    expect(result.text).toBe(doc.gold)
  })

  it('removes every noise block with a message from the matching cleaner', () => {
    for (const l of all[name]!.filter((x) => x.label !== 'content')) {
      const m = removals.get(l.line)
      expect(m, `line ${l.line} (${l.label}) not removed`).toBeDefined()
      expect(CLEANERS_FOR[l.label], `label ${l.label}`).toContain(m!.ruleId)
      expect(m!.actual.replace(/\s+/g, ' ').trim()).toBe(l.text.replace(/\s+/g, ' ').trim())
    }
  })

  it('touches no content block', () => {
    for (const l of all[name]!.filter((x) => x.label === 'content')) {
      expect(removals.get(l.line), `content line ${l.line} removed`).toBeUndefined()
    }
  })
})

it('the labels count 21 noise and 60 content blocks', () => {
  const flat = Object.values(all).flat()
  expect(flat.filter((l) => l.label === 'content')).toHaveLength(60)
  expect(flat.filter((l) => l.label !== 'content')).toHaveLength(21)
})
