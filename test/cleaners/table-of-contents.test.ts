import { describe, expect, it } from 'vitest'
import { createCleaner } from '../../src/index.js'
import { only, removed } from './noise-helpers.js'

const cleaner = only('table-of-contents')

const sections = (a: string, b: string, c: string) => [
  a, 'Engineers found deep cracks in two of the piers last week, and the council closed the bridge at once.',
  b, 'Repairs are expected to take at least eighteen months, the transport office said on Tuesday.',
  c, 'A temporary ferry will carry cyclists and pedestrians across the river until the bridge reopens.',
].join('\n')

const INTRO = 'The old bridge across the river has been closed since Monday, and the council has now said why it had to act.'

describe('table-of-contents', () => {
  it.each([
    ['English', 'Table of Contents', 'Why the bridge closed', 'How long repairs take', 'Crossing the river meanwhile'],
    ['German, numbered', 'Inhaltsverzeichnis', 'Warum die Brücke gesperrt ist', 'Wie lange die Reparatur dauert', 'So kommt man über den Fluss'],
    ['French', 'Sommaire', 'Pourquoi le pont est fermé', 'Combien de temps durent les travaux', 'Traverser le fleuve en attendant'],
    ['Spanish', 'Índice', 'Por qué se cerró el puente', 'Cuánto durarán las obras', 'Cómo cruzar el río mientras tanto'],
    ['Dutch', 'Inhoudsopgave', 'Waarom de brug dicht is', 'Hoe lang de reparatie duurt', 'Zo kom je over de rivier'],
  ])('removes a %s table of contents and keeps the headings', (name, marker, a, b, c) => {
    const numbered = name.includes('numbered')
    const toc = [a, b, c].map((h, i) => (numbered ? `${i + 1}. ${h}` : h)).join('\n')
    const input = `${marker}\n${toc}\n\n${sections(a, b, c)}`
    const gone = removed(cleaner, input)
    expect(gone).toHaveLength(4)
    expect(cleaner.clean(input)).toBe(`${sections(a, b, c).split('\n').join('\n\n')}\n`)
  })

  it.each(['Table of Contents', 'Inhaltsverzeichnis', 'Table des matières', '目次'])('removes %j with article text right under it and no entries', (marker) => {
    const input = `${marker}\n${INTRO}\n${sections('Why the bridge closed', 'How long repairs take', 'Meanwhile')}`
    const gone = cleaner.run(input).messages.filter((m) => m.kind === 'remove')
    expect(gone.map((m) => m.actual.trim())).toEqual([marker])
    expect(gone[0]!.reason).toBe(`Unexpected table of contents \`${marker}\` (no entries), expected article text`)
  })

  it('removes the empty frame over the article\'s first heading or short first sentence', () => {
    const body = sections('Why the bridge closed', 'How long repairs take', 'Meanwhile')
    expect(removed(cleaner, `Table of Contents\nIntroduction\n${INTRO}\n${body}`)).toEqual(['Table of Contents'])
    expect(removed(cleaner, `TABLE OF CONTENTS\nTABLE OF CONTENTS\nIntroduction\nWhat the council decided\n${INTRO}\n${body}`)).toEqual(['TABLE OF CONTENTS', 'TABLE OF CONTENTS'])
    expect(removed(cleaner, `Table of Contents\nThe bridge is closed, and here is why.\n${INTRO}\n${body}`)).toEqual(['Table of Contents'])
  })

  it('keeps the heading of a list of three or more entries that repeat no later heading (a book\'s contents)', () => {
    const book = 'Table of Contents\nChapter 1: The river\nChapter 2: The bridge\nChapter 3: The ferry'
    expect(removed(cleaner, `${INTRO}\n${book}\n${INTRO}`)).toEqual([])
  })

  it('takes more names from the names option, and only the names of the languages loaded', () => {
    const input = (marker: string) => `${marker}\n${INTRO}\n${sections('Why the bridge closed', 'How long repairs take', 'Meanwhile')}`
    expect(removed(only('table-of-contents', { names: ['Inhaltsübersicht'], lines: ['Inhaltsübersicht'] }), input('Inhaltsübersicht'))).toEqual(['Inhaltsübersicht'])
    expect(removed(cleaner, input('Inhaltsübersicht'))).toEqual([])
    const englishOnly = createCleaner({ preset: ['whitespace', 'table-of-contents'], languages: ['en'] })
    expect(removed(englishOnly, input('Table of Contents'))).toEqual(['Table of Contents'])
    expect(removed(englishOnly, input('Inhaltsverzeichnis'))).toEqual([])
    expect(() => only('table-of-contents', { names: [''] })).toThrow(/Unexpected names for cleaner 'table-of-contents'/)
  })

  it.each(['Contents', "What you'll learn", 'In this article'])('keeps %j, which may head a section, with article text under it', (marker) => {
    const input = `${marker}\n${INTRO}\n${sections('Why the bridge closed', 'How long repairs take', 'Meanwhile')}`
    expect(removed(cleaner, input)).toEqual([])
  })

  it('points each entry at its heading', () => {
    const input = `Table of Contents\nWhy the bridge closed\nHow long repairs take\n\n${sections('Why the bridge closed', 'How long repairs take', 'Meanwhile')}`
    const entry = createCleaner({ preset: ['table-of-contents'] }).run(input).messages.find((m) => m.reason.includes('entry'))!
    expect(entry.reason).toBe('Unexpected table-of-contents entry `Why the bridge closed`, expected article text')
    expect(entry.cause?.place.start.line).toBe(5)
  })

  it('keeps a list under the heading that does not repeat later headings', () => {
    const input = 'Contents\nThe bridge is closed to cars and lorries.\nEngineers found deep cracks in two of the piers last week.'
    expect(removed(cleaner, input)).toEqual([])
  })

  it('keeps repeated labels that are not headings over article text (a spec table)', () => {
    const input = 'In this article\nPros\nCons\nPros\nCons\nPros\nCons'
    expect(removed(cleaner, input)).toEqual([])
  })

  it('without a heading, only with minRun', () => {
    const toc = 'Why the bridge closed\nHow long repairs take\nCrossing the river meanwhile'
    const input = `${toc}\n\n${sections('Why the bridge closed', 'How long repairs take', 'Crossing the river meanwhile')}`
    expect(removed(cleaner, input)).toEqual([])
    expect(removed(only('table-of-contents', { minRun: 3 }), input)).toHaveLength(3)
  })

  it('removes a long table of contents, and reads a page of headings printed over and over only up to a bound', () => {
    const paragraph = (i: number) => `The council voted on day ${i} to close the old bridge to traffic after engineers found cracks in two of its supports.`
    const heads = Array.from({ length: 200 }, (_, i) => `Section number ${i} of the guide`)
    const input = [paragraph(0), paragraph(1), 'Table of Contents', ...heads, ...heads.flatMap((h, i) => [h, paragraph(i + 2)])].join('\n')
    expect(removed(only('table-of-contents'), input)).toEqual(['Table of Contents', ...heads])
    // each "Table of Contents" used to be read to the end of the page: cubic in its length
    const page = [paragraph(0), ...Array.from({ length: 3000 }, () => 'Table of Contents\nIntro Part'), paragraph(1)].join('\n')
    const out = createCleaner({ preset: ['table-of-contents'] }).clean(page)
    expect(out.startsWith(paragraph(0))).toBe(true)
    expect(out.trimEnd().endsWith(paragraph(1))).toBe(true)
  })
})
