import { describe, expect, it } from 'vitest'
import { keeps, only, removed, removesInContext } from './noise-helpers.js'

const cleaner = only('cross-link')

describe('cross-link', () => {
  it.each([
    'READ: Senator Connects Historic Probe To Modern Fight',
    'See also: How the Drought Changed Farming',
    'Mehr zum Thema: Wie die Dürre die Landwirtschaft verändert',
    'Lesen Sie auch: Neue Brücke über den Rhein eröffnet',
    'À lire aussi : Le vieux pont fermé pour deux ans',
    'Lire aussi - La mairie vote son budget',
    'Lee también: El Gobierno aprueba el presupuesto',
    'Leia também: Prefeitura aprova orçamento de 2025',
    'Leggi anche: Il sindaco nomina il nuovo capo della polizia',
    'Lees ook: Gemeente keurt begroting goed',
    'LEES OOK Gemeente keurt begroting goed',
    '相关阅读：市政府通过新预算',
    '上一篇：图书馆周五延长开放时间',
    '関連記事：市議会が予算案を可決',
  ])('removes %j', (line) => {
    expect(removesInContext(cleaner, line)).toBe(true)
  })

  it('removes a bare marker and the headlines under it, in Spanish and in German', () => {
    const es = 'El pleno votará el presupuesto la próxima semana, después de una consulta pública.\nTe puede interesar\nEl alcalde nombra nuevo jefe de policía\nLa biblioteca abrirá los viernes por la noche'
    expect(removed(cleaner, es)).toEqual(['Te puede interesar', 'El alcalde nombra nuevo jefe de policía', 'La biblioteca abrirá los viernes por la noche'])
    const de = 'Der Rat stimmt nächste Woche über den Haushalt ab, nach einer öffentlichen Anhörung.\nAuch interessant\nBürgermeister ernennt neuen Polizeichef\nBibliothek öffnet freitags länger'
    expect(removed(cleaner, de)).toHaveLength(3)
    // a heading above prose is a section heading: the list stops there
    const section = 'Texto.\nTe puede interesar\nLa biblioteca abrirá los viernes\nEl ayuntamiento confirmó el martes que la biblioteca municipal abrirá los viernes hasta medianoche.'
    expect(removed(cleaner, section)).toEqual(['Te puede interesar'])
  })

  it('keeps the entries of a list whose every card ends with the same button ("Read More" under each)', () => {
    const text = 'Further resources for parents.\nRead More\nHow Reading Aloud Builds Vocabulary\nCentre for Early Learning\nRead More\nA Guide to Choosing a Tutor\nFamily Learning Trust\nRead More'
    expect(removed(cleaner, text)).toEqual(['Read More', 'Read More', 'Read More'])
  })

  it('opens a list under a bare marker only, not under a marker with its headline', () => {
    const text = 'The tent kept us dry for three nights of rain, and it packs down smaller than a loaf of bread.\nMore: Ridge Tent Full Review\nLakeside Hammock Pro\nMost Comfortable Hammock\nPrice: $137'
    expect(removed(cleaner, text)).toEqual(['More: Ridge Tent Full Review'])
  })

  it('keeps the cards of a list with a repeated badge ("Most popular" on several cards)', () => {
    const text = 'We compared twelve movers.\nMost popular\nHarbor Movers\nGet A Quote\n4.6 overall rating\nMost popular\nCity Van Lines\nGet A Quote\n4.1 overall rating'
    expect(removed(cleaner, text)).toEqual(['Most popular', 'Most popular'])
  })

  it('takes a link back, which heads no list, and a forward link only beside one', () => {
    // the lines under "← All Articles" are the article's own title and a list, not related stories
    const text = '← All Articles\nThe Best Sourdough Tools\nDough Scraper\nProofing Basket\nA good loaf needs little more than a bowl, a scraper and a basket to rise in overnight.'
    expect(removed(cleaner, text)).toEqual(['← All Articles'])
    expect(removed(cleaner, 'Story.\nCinnamon Raisin Sourdough Bread →\n← Candied Pecans Recipe')).toEqual(['Cinnamon Raisin Sourdough Bread →', '← Candied Pecans Recipe'])
    expect(removed(cleaner, 'Story.\nCinnamon Raisin Sourdough Bread →\nMore recipes below.')).toEqual([])
    // a back arrow before a sentence is the sentence's, not a link
    expect(removed(cleaner, 'Story.\n← Swipe left to see the next photo of the bridge.')).toEqual([])
  })

  it('keeps arrow lines between two sentences: signs, controls, the buttons a how-to names (review findings)', () => {
    const P = 'The station was rebuilt in two years, and the new signs point the way in three languages.'
    const Q = 'Most visitors follow them without a second look, which is what the designers hoped for.'
    expect(removed(cleaner, [P, '← Platforms 1 to 6', 'Exit to Station Square →', Q].join('\n'))).toEqual([])
    expect(removed(cleaner, [P, '← Move Left', 'Move Right →', Q].join('\n'))).toEqual([])
    expect(removed(cleaner, [P, '← swipe to archive', Q].join('\n'))).toEqual([])
    // a list of controls: a sentence within three lines on both sides
    expect(removed(cleaner, [P, '← Move Left', 'Move Right →', 'Space Rotates the Mirror', Q].join('\n'))).toEqual([])
    // at the end of the article it is the post navigation again
    expect(removed(cleaner, [P, Q, '← Platforms 1 to 6', 'Exit to Station Square →'].join('\n'))).toEqual(['← Platforms 1 to 6', 'Exit to Station Square →'])
  })

  it('leaves guillemets alone: they open and close quotations', () => {
    for (const pair of [['« Pas aujourd’hui, Mademoiselle Jeanne', 'Demandez à Monsieur Lebrun »'], ['«Die Sicherheit der Bevölkerung', 'hat für Bund und Kantone Priorität»'], ['« Liberté, Égalité,', 'Fraternité »'], ['« In Defense of Curiosity | Main', 'Cinnamon Raisin Bread »']]) {
      expect(removed(cleaner, ['Le maire a parlé.', ...pair, 'Il a ajouté que les travaux dureraient deux ans.'].join('\n'))).toEqual([])
    }
  })

  it.each([
    "Read more about the study in the journal's archive.",
    'Mehr zum Thema Klimaschutz will die Regierung im Herbst vorlegen, sagte der Minister.',
    "Lire aussi les rapports précédents permet de comprendre l'évolution du dossier, selon les experts.",
    'Lee también los comentarios de los lectores, que suelen aportar datos interesantes sobre el tema.',
    "Leggi anche il rapporto dell'anno scorso per capire come è cambiata la situazione.",
    'Lees ook het rapport van vorig jaar om te begrijpen hoe de situatie is veranderd.',
    'Leia também o relatório do ano passado para entender como a situação mudou.',
  ])('keeps prose %j', (line) => {
    expect(keeps(cleaner, line)).toBe(true)
  })
})

describe('cross-link: the first line over prose', () => {
  it('is kept as the headline only while the prose under it stays (idempotent when a plug under it goes)', async () => {
    const { clean } = await import('../../src/index.js')
    const plug = 'READ: City Approves New Budget\nSign up: Subscribe to our free newsletter for a curated selection of top stories delivered straight to your inbox.'
    const once = clean(plug)
    expect(once).toBe('')
    expect(clean(once)).toBe(once)
    const article = 'Watch: Bridge Collapses Into River\nDramatic footage shows the moment the old bridge fell into the river on Sunday, police said.'
    expect(clean(article)).toContain('Watch: Bridge Collapses Into River')
    expect(clean(clean(article))).toBe(clean(article))
  })
})
