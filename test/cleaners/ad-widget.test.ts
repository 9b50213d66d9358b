import { describe, expect, it } from 'vitest'
import { keeps, only, removesInContext } from './noise-helpers.js'

const cleaner = only('ad-widget')

describe('ad-widget', () => {
  it.each([
    'Advertisement',
    'Story continues below advertisement',
    'Skip to content',
    'Anzeige',
    'Werbung',
    'Weiter nach der Anzeige',
    'Zum Inhalt springen',
    'Publicité',
    'La suite après cette publicité',
    'Article réservé aux abonnés',
    'Publicidad',
    '¿Ya eres suscriptor? Inicia sesión',
    'Publicidade',
    'Continua após a publicidade',
    'Pubblicità',
    'Advertentie',
    'Lees verder na de advertentie',
    'Check Price at Amazon',
    'See it at Best Buy',
    'See price at Walmart',
    'Check Amazon Price',
    'View Deal',
    'Read full review',
    'Get a Quote',
    'Watch Demo',
    'Download Now',
    'Try for Free',
    'Get Started Today',
  ])('removes %j', (line) => {
    expect(removesInContext(cleaner, line)).toBe(true)
  })

  it.each([
    'The advertisement ran in four newspapers before the election.',
    'Die Anzeige erschien vor der Wahl in vier Zeitungen.',
    "La publicité a été diffusée dans quatre journaux avant l'élection.",
    'La publicidad se publicó en cuatro periódicos antes de las elecciones.',
    'La pubblicità è uscita su quattro giornali prima delle elezioni.',
    'De advertentie verscheen voor de verkiezingen in vier kranten.',
    'Check the price at the pump before you fill up, the minister told drivers on Monday.',
    'See it at the museum until the end of March, when the exhibition moves to Berlin.',
  ])('keeps prose %j', (line) => {
    expect(keeps(cleaner, line)).toBe(true)
  })
})
