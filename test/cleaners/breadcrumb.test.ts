import { describe, expect, it } from 'vitest'
import { keeps, only, removesInContext } from './noise-helpers.js'

const cleaner = only('breadcrumb')

describe('breadcrumb', () => {
  it.each([
    'Home > News > Politics',
    'HomePolitics',
    'Startseite › Politik › Deutschland',
    'StartseitePolitik',
    'Sie sind hier: Startseite > Politik',
    'Accueil / Actualités / Politique',
    'Vous êtes ici : Accueil > Société',
    'Inicio » Internacional » México',
    'Início > Notícias > Política',
    'Home » Cronaca » Roma',
    'Pagina iniziale > Sport',
    'Startpagina > Nieuws > Binnenland',
    'Breadcrumb',
  ])('removes %j', (line) => {
    expect(removesInContext(cleaner, line)).toBe(true)
  })

  it.each([
    'Home prices rose 4% in May, the agency said.',
    'Start der Saison: Die Mannschaften bereiten sich auf das erste Spiel vor.',
    'Accueil / hébergement des réfugiés : la ville ouvre un nouveau centre.',
    'Inicio de la temporada: los equipos se preparan para el primer partido del año.',
  ])('keeps prose %j', (line) => {
    expect(keeps(cleaner, line)).toBe(true)
  })
})
