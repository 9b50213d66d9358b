import { describe, expect, it } from 'vitest'
import { keeps, only, removesInContext } from './noise-helpers.js'

const cleaner = only('source-credit')

describe('source-credit', () => {
  it.each([
    'Original Source: www.example.com',
    'This article originally appeared on The Conversation.',
    'Source: statista.com',
    'Quelle: dpa',
    'Quelle: dpa/Reuters',
    'Mit Material von dpa und AFP',
    'Source : AFP',
    'Avec AFP',
    'Fuente: EFE',
    'Con información de Reuters',
    'Fonte: Agência Brasil',
    'Com informações da Reuters',
    'Fonte: ANSA',
    'Bron: ANP',
    'Dit artikel verscheen eerder op de website van de krant.',
  ])('removes %j', (line) => {
    expect(removesInContext(cleaner, line)).toBe(true)
  })

  it.each([
    'The original source of the leak has never been identified, investigators said.',
    'Quelle der Verunreinigung war nach Angaben der Behörden ein defektes Rohr in der Kläranlage.',
    "La source de la fuite n'a jamais été identifiée, selon les enquêteurs.",
    'La fuente de la filtración nunca fue identificada, según los investigadores.',
    'A fonte do vazamento nunca foi identificada, segundo os investigadores.',
    'La fonte della fuga di notizie non è mai stata identificata, secondo gli investigatori.',
    'De bron van het lek is nooit gevonden, aldus de onderzoekers.',
    // the source of a chart's data is part of the article
    'Source: Bureau of Labor Statistics',
    'Quelle: Statistisches Bundesamt',
    'Fuente: Instituto Nacional de Estadística',
    'Bron: Centraal Bureau voor de Statistiek',
  ])('keeps prose %j', (line) => {
    expect(keeps(cleaner, line)).toBe(true)
  })
})
