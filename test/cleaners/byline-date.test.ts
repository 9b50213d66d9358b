import { describe, expect, it } from 'vitest'
import { cleaners } from '../../src/index.js'
import { keeps, only, removesInContext } from './noise-helpers.js'
import fc from 'fast-check'
import { NAMES } from '../../src/cleaners/byline-date.js'

const cleaner = only('byline-date')
const withBylines = only('byline-date', { bylines: true })

describe('byline-date', () => {
  it('is off by default (measured: no gain on the development benchmark)', () => {
    expect(cleaners.find((c) => c.id === 'byline-date')?.enabled).toBe(false)
  })

  it.each([
    'September 4, 2025',
    'Friday, December 19, 2025',
    'Updated: Dec 18, 2025 at 5:50 pm',
    '5:50 am',
    'Updated 3 hours ago',
    '2024-11-06',
    'Aktualisiert: 4. März 2025, 14:10 Uhr',
    'vor 3 Stunden',
    'Publié le 4 mars 2025 à 14h10',
    'il y a 2 jours',
    '4 de marzo de 2025',
    'hace 3 horas',
    'Atualizado em 4 de março de 2025',
    '4 marzo 2025',
    '3 giorni fa',
    '4 maart 2025',
    '2 dagen geleden',
  ])('removes %j', (line) => {
    expect(removesInContext(cleaner, line)).toBe(true)
  })

  it.each([
    'By Jane Doe',
    'By Jane Doe and John Roe | September 4, 2025',
    'Von Max Muster',
    'Par Marie Dupont',
    'Por Ana García',
    'Door Jan de Vries',
  ])('removes the byline %j when bylines are on', (line) => {
    expect(removesInContext(withBylines, line)).toBe(true)
    expect(removesInContext(cleaner, line)).toBe(false)
  })

  it.each([
    'On September 4, 2025 the council closed the bridge.',
    'By the river, the council met on Tuesday.',
    'Am 4. März 2025 beschloss der Stadtrat die Sperrung der Brücke.',
    'Le 4 mars 2025, le conseil a voté la fermeture du pont.',
    'El 4 de marzo de 2025 el ayuntamiento cerró el puente.',
    'Por la tarde, el ayuntamiento votó el presupuesto.',
  ])('keeps prose %j', (line) => {
    expect(keeps(withBylines, line)).toBe(true)
  })

  it('keeps the dates of a timeline', () => {
    const entry = (d: string) => `${d}\nThe council met and voted on the plan for the bridge, after a long debate that lasted into the night.`
    const input = ['March 3, 2025', 'April 7, 2025', 'May 5, 2025'].map(entry).join('\n')
    expect(keeps(cleaner, input)).toBe(true)
  })

  describe('names of a byline', () => {
    const NAME = "\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+(?:(?:de|da|do|dos|das|del|della|di|van|von|der|den|la|le|du|y)\\s+)?\\p{Lu}[\\p{L}\\p{M}'’.-]*){0,3}"
    const old = new RegExp(`^${NAME}(?:\\s*(?:,|&|and|und|et|y|e|en)\\s*${NAME})*(?:\\s*[|,·•–—-]\\s*(.+))?$`, 'u')
    it('match what the pattern with glued conjunctions matched, where conjunctions stand apart', () => {
      const name = fc.constantFrom('Jane Doe', 'Max Muster', 'Ana García', 'José Ortega y Gasset', 'Jan van der Berg', 'O’Brien', 'Anne-Marie Duval', 'J. R. Smith', 'Erika')
      const conj = fc.constantFrom(', ', ',', ' & ', '&', ' and ', ' und ', ' y ', ' e ', ' en ', ' et ')
      const tail = fc.constantFrom('', ' | 4 March 2025', ' - Reuters', ', Staff Writer', ' lowercase words')
      const line = fc.tuple(name, fc.array(fc.tuple(conj, name), { maxLength: 3 }), tail)
        .map(([first, rest, end]) => first + rest.map(([c, n]) => c + n).join('') + end)
      fc.assert(fc.property(line, (text) => {
        expect(NAMES.test(text)).toBe(old.test(text))
      }), { numRuns: 2000, seed: 9 })
    })
    it('do not split a run of letters at every one-letter conjunction in it', () => {
      // the glued form took time doubling with every two letters here
      expect(NAMES.test('Ae'.repeat(40) + ' x')).toBe(false)
      expect(NAMES.test('AnnaeBob')).toBe(true) // one name
      expect(removesInContext(only('byline-date', { bylines: true }), 'By ' + 'Ae'.repeat(40) + ' x')).toBe(false)
    })
  })
})
