import { describe, expect, it } from 'vitest'
import { createCleaner } from '../../src/index.js'
import { keeps, only, removed } from './noise-helpers.js'

const cleaner = only('duplicate-title')
const BODY = 'The storm reached the coast on Monday night and cut power to thousands of homes.'

describe('duplicate-title: a page title with a site name', () => {
  it.each([
    ['Storm Hits Coast | The Daily Post', 'Storm Hits Coast'],
    ['Storm Hits Coast - Daily Post', 'Storm Hits Coast'],
    ['Storm Hits Coast – Daily Post', 'Storm Hits Coast'],
    ['Storm Hits Coast :: Daily Post', 'Storm Hits Coast'],
    ['The Daily Post | Storm Hits Coast', 'Storm Hits Coast'],
    ['Sturm trifft die Küste | Tagesblatt', 'Sturm trifft die Küste'],
  ])('drops %j and keeps the headline %j printed under it', (title, headline) => {
    const r = cleaner.run(`${title}\n${headline}\n${BODY}`)
    expect(removed(cleaner, `${title}\n${headline}\n${BODY}`)).toEqual([title])
    const m = r.messages.find((x) => x.ruleId === 'duplicate-title')!
    expect(m.reason).toMatch(/page title .* with a site name over the headline/)
    expect(m.cause?.reason).toBe('Headline kept at line 2')
    expect(r.text.startsWith(`${headline}\n`)).toBe(true)
  })

  it('still removes later copies of the headline it keeps', () => {
    expect(removed(cleaner, `Storm Hits Coast | Daily Post\nStorm Hits Coast\n${BODY}\nStorm Hits Coast\nMore text about the storm follows here, in a full sentence.`)).toEqual(['Storm Hits Coast | Daily Post', 'Storm Hits Coast'])
  })

  it.each([
    'Star Wars - A New Hope',
    'Storm Hits Coast | The Daily Post',
  ])('keeps %j when the page does not print the bare headline', (title) => {
    expect(keeps(cleaner, `${title}\n${BODY}`)).toBe(true)
  })

  it('keeps a title whose "site name" is longer than five words', () => {
    const title = 'Storm Hits Coast - and the power is still out in the north'
    expect(removed(cleaner, `${title}\nStorm Hits Coast\n${BODY}`)).not.toContain(title)
  })
})

describe('duplicate-title: an allowlisted page title', () => {
  it('stays the headline, and the bare copy under it goes as a rewording', () => {
    const c = createCleaner({ preset: ['whitespace', 'duplicate-title'], keep: [/\| The Daily Post$/] })
    const text = `Storm Hits Coast | The Daily Post\nStorm Hits Coast\n${BODY}`
    const r = c.run(text)
    expect(r.text.startsWith('Storm Hits Coast | The Daily Post\n')).toBe(true)
    expect(r.messages.filter((m) => m.kind === 'remove').map((m) => [m.actual.trim(), m.reason.split(' `')[0]])).toEqual([['Storm Hits Coast', 'Unexpected reworded headline']])
  })
})
