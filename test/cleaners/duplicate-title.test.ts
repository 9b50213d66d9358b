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

  it.each([
    ['Storm Hits Coast Overnight, Monday 3 March | The Daily Post', 'Storm Hits Coast Overnight'],
    ['How to Repot a Fern: Tips and Tricks - Garden Blog - Example Garden Centre', 'How to Repot a Fern: Tips and Tricks'],
  ])('drops %j and keeps the shorter headline %j, its first words, printed under it', (title, headline) => {
    expect(removed(cleaner, `${title}\n${headline}\n${BODY}`)).toEqual([title])
  })

  it.each([
    ['Storm Hits Coast Overnight, Monday 3 March | The Daily Post', 'Storm Hits Coast'],
    ['Storm Hits the Coast and the Hills After Midnight on Monday | The Daily Post', 'Storm Hits the Coast'],
  ])('keeps %j when the line under it is fewer than four words or half of its headline (%j)', (title, headline) => {
    expect(removed(cleaner, `${title}\n${headline}\n${BODY}`)).not.toContain(title)
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

describe('duplicate-title: what is not a page title over its headline', () => {
  const BODY2 = 'Officials said the repairs would take at least a week, and schools stay closed until then.'
  it.each([
    ['Opinion | Why the Budget Plan Fails', 'Opinion'],
    ['Chapter One - The Storm Hits', 'Chapter One'],
    ['Paris - Storm Hits the Coast Overnight', 'Paris'],
    ['Live · Storm Hits Coast Again', 'Live'],
  ])('keeps %j over the short label %j (the label is no headline)', (title, label) => {
    const r = cleaner.run(`${title}\n${label}\n${BODY}\n${BODY2}`)
    expect(r.text.split('\n')[0]).toBe(title)
    expect(r.messages.filter((m) => m.kind === 'remove').map((m) => m.actual.trim())).not.toContain(title)
  })

  it('does not swap past another headline between the title and its bare copy', () => {
    const text = `Storm Hits Coast | The Daily Post\nStorm Hits Coast Tonight Live\nStorm Hits Coast\n${BODY}\n${BODY2}`
    const r = cleaner.run(text)
    expect(r.text.split('\n')[0]).toBe('Storm Hits Coast | The Daily Post')
    // every cause points at a line that is kept
    for (const m of r.messages) if (m.cause?.place) expect(r.text).toContain(text.split('\n')[m.cause.place.start.line - 1]!)
  })

  it('reads a title with two site parts ("Tips | Nutrition | CDC")', () => {
    expect(removed(cleaner, `Healthy Eating Tips | Nutrition | CDC\nHealthy Eating Tips\n${BODY}`)).toEqual(['Healthy Eating Tips | Nutrition | CDC'])
  })

  it('keeps a line with a long run of spaces before a separator, and reads it', () => {
    const title = `Storm Hits Coast${' '.repeat(5000)}| Daily Post`
    expect(removed(only('duplicate-title'), `${title}\nStorm Hits Coast\n${BODY}`)).toEqual([title.trim()])
  })
})
