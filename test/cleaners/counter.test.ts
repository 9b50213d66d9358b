import { describe, expect, it } from 'vitest'
import { keeps, only, removed, removesInContext } from './noise-helpers.js'

const cleaner = only('counter')

describe('counter', () => {
  it.each([
    '0',
    '1.2K shares',
    '5 min read',
    '3 MIN. READ',
    'Views: 120',
    '12 Kommentare',
    'Lesezeit: 5 Minuten',
    '3 commentaires',
    '4 min de lecture',
    'Temps de lecture : 6 min',
    '5 comentarios',
    'Tiempo de lectura: 3 minutos',
    'Tempo de leitura: 3 min',
    'Tempo di lettura: 4 minuti',
    '7 reacties',
    'Leestijd 3 minuten',
    '1500 shares', // a count of four digits or more without a separator
    // a reading time beside a date, a byline or a separator
    'Dec 12, 2025 11 min read',
    'By Kyle Howells 15 min read',
    '[rt_reading_time] min read',
  ])('removes %j', (line) => {
    expect(removesInContext(cleaner, line)).toBe(true)
  })

  it.each([
    'He scored 3 goals in 5 minutes.',
    'Er schoss in 5 Minuten 3 Tore.',
    'Il a marqué 3 buts en 5 minutes.',
    'Marcó 3 goles en 5 minutos.',
    '12 commenti sono arrivati in un’ora, ha detto la redazione, e quasi tutti erano positivi.',
    'It is a 5 min read, and the rest of the guide explains how to set the timer.',
    'Why a 5 min read a day changed how I learn',
    'Tip: a 5 min read before bed',
  ])('keeps prose %j', (line) => {
    expect(keeps(cleaner, line)).toBe(true)
  })
})

describe('counter: the years of a timeline', () => {
  const entry = (what: string) => `${what} changed the city for good, and the newspapers of the time wrote about little else for weeks.`
  it('keeps years that each head an entry (a paragraph within two lines below)', () => {
    const text = ['1863', 'The Railway Opens', entry('The first railway'), '1890', entry('The deep tube'), '1908', 'A New Sign', entry('The roundel')].join('\n')
    expect(removed(cleaner, text)).toEqual([])
  })

  it('still takes a year alone over a paragraph, years with no entries, and a number that is no year', () => {
    expect(removed(cleaner, ['Joined the shop', '2016', entry('The move to the new shop')].join('\n'))).toEqual(['2016'])
    expect(removed(cleaner, ['Archives', '2023', '2024', '2025', entry('The archive')].join('\n'))).toEqual(['2023', '2024', '2025'])
    expect(removed(cleaner, ['412', entry('The first railway'), '3100', entry('The deep tube'), '700', entry('The sign')].join('\n'))).toEqual(['412', '3100', '700'])
    // two years over paragraphs (an archive, a footer's copyright years), or years out of order (votes on a Q&A page)
    expect(removed(cleaner, ['Posts by Year', '2021', entry('The first post'), '2022', entry('The second post')].join('\n'))).toEqual(['2021', '2022'])
    expect(removed(cleaner, ['1043', entry('The first answer'), '1287', entry('The second answer'), '1099', entry('The third answer')].join('\n'))).toEqual(['1043', '1287', '1099'])
  })
})
