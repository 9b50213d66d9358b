import { describe, expect, it } from 'vitest'
import { keeps, only, removesInContext } from './noise-helpers.js'

const cleaner = only('donation-plug')

describe('donation-plug', () => {
  it.each([
    'Please make a small donation to the Example Times to help sustain independent journalism. Your contribution keeps us going.',
    "We have a small favour to ask. Millions turn to us for news every day, and we don't have a paywall.",
    "Since you're here, we have a small favor to ask: keep our reporting free for everyone.",
    'Double your donation',
    'Support independent journalism: become a member today.',
    'Unterstützen Sie unabhängigen Journalismus: Werden Sie jetzt Mitglied und sichern Sie unsere Arbeit.',
    'Jetzt spenden',
    "Soutenez le journalisme indépendant : faites un don dès aujourd'hui.",
    'Faire un don',
    'Apoya el periodismo independiente: hazte socio hoy mismo.',
    'Hazte socio',
    'Apoie o jornalismo independente: seja membro hoje mesmo.',
    'Sostieni il giornalismo indipendente: diventa socio oggi.',
    'Steun onafhankelijke journalistiek: word vandaag nog lid.',
    'Doneer nu',
    'This story is funded by readers like you',
    'Enjoyed this piece? We need your help to keep publishing.',
    'If you liked this article, please consider liking, sharing, and subscribing to our newsletter.',
  ])('removes %j', (line) => {
    expect(removesInContext(cleaner, line)).toBe(true)
  })

  it.each([
    'The charity said a small donation to local food banks can feed a family for a week.',
    'Become a member of your local library to borrow e-books for free, the guide recommends.',
    'Die Stiftung erhielt im vergangenen Jahr eine Spende von zwei Millionen Euro für den Bau der Schule.',
    "L'association a reçu un don de deux millions d'euros pour construire une nouvelle école.",
    'La fundación recibió una donación de dos millones de euros para construir una nueva escuela.',
    'A fundação recebeu uma doação de dois milhões de euros para construir uma nova escola.',
    'Met jouw steun kan de club volgend jaar een nieuw veld aanleggen, zei de voorzitter tegen de leden.',
  ])('keeps prose %j', (line) => {
    expect(keeps(cleaner, line)).toBe(true)
  })
})
