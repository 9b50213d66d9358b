import { describe, expect, it } from 'vitest'
import { keeps, only, removesInContext } from './noise-helpers.js'

const cleaner = only('theme-placeholder')

describe('theme-placeholder', () => {
  it.each([
    'Just another WordPress site',
    'Example H2',
    'This is some text inside of a div block.',
    'Proudly powered by WordPress',
    'Theme by Example Themes',
    'Hallo Welt!',
    'Willkommen bei WordPress. Dies ist dein erster Beitrag. Bearbeite oder lösche ihn und beginne mit dem Schreiben!',
    'Bonjour tout le monde !',
    'Fièrement propulsé par WordPress',
    '¡Hola, mundo!',
    'Sin categoría',
    'Olá, mundo!',
    'Ciao mondo!',
    'Hallo wereld!',
    'Lorem ipsum dolor sit amet, consectetur adipiscing elit.',
    'Powered by WP Engine',
    'Thème : Twenty Twenty par WordPress',
    'Thema: Astra door Brainstorm Force',
    'Tema de WordPress: Astra',
  ])('removes %j', (line) => {
    expect(removesInContext(cleaner, line)).toBe(true)
  })

  it.each([
    'Powered by solar panels and a small wind turbine, the village has been off the grid since 2019.',
    'Designed by engineers at MIT, the robot can climb stairs.',
    'Hello world! is the first program most programmers write, the teacher explained to the class.',
    'Tema de la reunión fue el presupuesto del próximo año, que el consejo aprobó por unanimidad.',
    // headings that start like a credit but name no theme, company or person
    'Powered by hydrogen',
    'Tema di maturità: le tracce uscite',
    'Tema di attualità | 79.000 | 15%',
    'Thème : la mer',
    'Thema: afval',
    'Tema de debate',
  ])('keeps prose %j', (line) => {
    expect(keeps(cleaner, line)).toBe(true)
  })

  it('removes the demo contact block a popular theme ships, wherever a site leaves it (here: a footer of another site)', () => {
    const page = [
      'Council Approves New Cycle Lanes',
      'The city council approved three new cycle lanes on Tuesday, after a two-year consultation with residents and shop owners.',
      'Physical Address',
      '304 North Cardinal St.',
      'Dorchester Center, MA 02124',
      'Work Hours',
    ].join('\n')
    const out = cleaner.clean(page)
    expect(out).toContain('The city council approved')
    expect(out).not.toMatch(/Cardinal|Dorchester|Physical Address/)
  })
})
