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
    'Book a Free Demo',
    'Schedule a Free Call',
    'Get in touch',
    'Start your free trial of Quillbox Studio',
    'Get a demo of Ledgerly',
    'Request A Free Consultation for Payroll Services',
    // star-rating widget under a post
    'How useful was this post?',
    'Click on a star to rate it!',
    'Submit Rating',
    'Average rating 4.8 / 5. Vote count: 112',
    'No votes so far! Be the first to rate this post.',
    'Rate this recipe',
    'Wie hilfreich war dieser Beitrag?',
    'Bisher keine Bewertungen! Sei der Erste, der diesen Beitrag bewertet.',
    'Cliquez sur une étoile pour le noter !',
    'Note moyenne 4.8 / 5. Nombre de votes : 112',
    '¡Haz clic en una estrella para puntuarlo!',
    'Voto medio 4.8 / 5. Conteggio dei voti: 112',
    'Kostenlose Demo anfordern',
    'Réserver une démo',
    'Solicite uma demonstração',
    'Vraag een demo aan',
    'Podcast: Play in new window | Download | Embed',
    'Download file | Play in new window | Duration: 24:10 | Recorded on May 2, 2025',
    // shop buttons of review pages: a price and a retailer, a verb and a retailer, glued or apart
    "$1,599.00 from Example Store",
    '$115 at Example Shop$120 at Sample Mart',
    '$200 at Example $180 at Sample View on Demo Goods',
    'Buy on ExampleBuy on Sample.com',
    'SEE ON EXAMPLE',
    'Check Price - Example',
    'Check price at Sample (on sale!)',
    '$185 at example.com',
    'See It',
    'Open in app',
    'Create an account',
    'Scroll to continue',
    'Listen to this article 5 min',
    'Click here to read more',
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
    'Get in touch with your local council before you build a fence higher than two metres, the guide advises.',
    'Start your free trial of the app only when you have time to test it, or the thirty days run out unused.',
    'The average rating of 4.8 out of 5 hides a long tail of one-star reviews about delivery times.',
    // a price or a verb with no retailer's name after it
    'View on the future of cities',
    'Tickets cost $5 at the door',
    '$5 at the door',
  ])('keeps prose %j', (line) => {
    expect(keeps(cleaner, line)).toBe(true)
  })
})
