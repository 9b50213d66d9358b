import { describe, expect, it } from 'vitest'
import { keeps, only, removesInContext } from './noise-helpers.js'

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
