import { describe, expect, it } from 'vitest'
import { createCleaner } from '../../src/index.js'
import { only, removed, removesInContext } from './noise-helpers.js'

const cleaner = only('credit-line')

describe('credit-line', () => {
  it.each([
    'Written by Jane Doe',
    'Written By: Omar Haddad',
    'Medically reviewed by Dr Ann Lee, MD',
    'Reviewed by Kai Lindqvist, CPA, EA',
    'Written by: Lena Marsh, Senior AnalystUpdated Sep 17, 2025',
    'Fact checked by',
    'Fact-checked by Nora Blake',
    'Edited by Jane Doe and John Roe',
    'Last updated: March 4, 2025',
    'Last updated on September 16th, 2023 at 09:27 am',
    'Last Updated January, 2025',
    'Last reviewed January 2023',
    'Updated on 09/11/25',
    'Published: Nov 24, 2025',
    'Published on May 02, 2024 07:44 PM IST',
    'Posted on June 29, 2020November 12, 2021',
    'Posted on April 13, 2023 by Jane Doe',
    'Last Updated:',
    // dated bylines: "By" and names, or names with a separator, a time or a count after the date
    'By Sofia Marsh December 2, 2025',
    'ByNora BlakeMar 5, 2025 | 6 comments',
    'by Amanda · Dec 20, 2025 at 3:00 am · One comment so far',
    'Kai Lindqvist July 13, 2025 — 7 minutes read',
    // other languages
    'Geschrieben von Anna Schmidt',
    'Zuletzt aktualisiert am 4. März 2025',
    'Publié le 4 mars 2025 à 14h10',
    'Écrit par Marie Dupont',
    'Publicado el 4 de marzo de 2025',
    'Atualizado em 4 de março de 2025',
    'Pubblicato il 4 marzo 2025',
    'Gepubliceerd op 4 maart 2025',
  ])('removes %j', (line) => {
    expect(removesInContext(cleaner, line)).toBe(true)
  })

  it.each([
    // sentences that start like a label
    'Published by a small press in 2019, the novel sold only a few hundred copies.',
    'Written by two nurses, the guide covers every step of the first week at home.',
    'Updated figures from March 4, 2025 show the bridge carried 12,000 cars a day.',
    'Posted on the door of the town hall, the notice gave residents a week to object.',
    // a one-word label alone, a byline without a label, a lone date
    'Updated',
    'By Jane Doe',
    'March 4, 2025',
    // a name in lower case is no name
    'Written by hand in a notebook',
    // a headline or a date with a date after it
    'Markets Rally March 4, 2025',
    'Monday March 4, 2025',
    // a heading with a date: without "By", a name and a date need a count after them
    'Harbour Festival · July 12, 2025',
    'Election Day, November 5, 2024',
    'Phase One – January 2026',
    // headlines that start with a label: a second credit after the comma, a single name
    'Reviewed by Critics, Loved by Fans',
    'Edited by AI — Newsrooms Test New Tools',
    'Scritto da Donne, Letto da Tutti',
    'As of July 31, 2025, the agency had received 40 reports.',
  ])('keeps %j', (line) => {
    expect(removesInContext(cleaner, line)).toBe(false)
  })

  it('leaves the name line of an author box to author-bio', () => {
    const article = [
      'The council voted on Tuesday to close the old bridge to traffic after engineers found deep cracks in two of its piers.',
      'Repairs are expected to take at least eighteen months, and a temporary ferry will carry cyclists and pedestrians across the river.',
    ].join('\n')
    const box = ['Written by Jane Doe', 'Jane Doe is a senior reporter at the Example Gazette, where she has covered city hall since 2015.']
    const input = `${article}\n${box.join('\n')}`
    expect(removed(cleaner, input)).toEqual([])
    const r = createCleaner({ preset: ['whitespace', 'credit-line', 'author-bio'] }).run(input)
    expect(r.messages.filter((m) => m.kind === 'remove').map((m) => [m.ruleId, m.actual])).toEqual(box.map((l) => ['author-bio', l]))
    // without a biography under it, the credit goes on its own
    expect(removed(cleaner, `${article}\nWritten by Jane Doe\nShare this article`)).toEqual(['Written by Jane Doe'])
  })

  it('takes extra labels from its options', () => {
    expect(removesInContext(cleaner, 'Illustrated by Jane Doe')).toBe(false)
    expect(removesInContext(only('credit-line', { people: ['illustrated by'] }), 'Illustrated by Jane Doe')).toBe(true)
    expect(removesInContext(only('credit-line', { dates: ['zuletzt geprüft'] }), 'Zuletzt geprüft: 4. März 2025')).toBe(true)
  })

  it('explains the removal', () => {
    const m = cleaner.run('Text.\nLast updated: March 4, 2025').messages.filter((x) => x.kind === 'remove')
    expect(m.map((x) => [x.ruleId, x.reason])).toEqual([['credit-line', 'Unexpected credit line `Last updated: March 4, 2025`, expected article text']])
  })

  it('throws on bad options', () => {
    expect(() => only('credit-line', { people: [''] })).toThrow(/Unexpected people for cleaner 'credit-line'/)
    expect(() => only('credit-line', { dates: 'updated' })).toThrow(/dates/)
  })
})
