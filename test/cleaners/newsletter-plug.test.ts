import { describe, expect, it } from 'vitest'
import { keeps, only, removesInContext } from './noise-helpers.js'

const cleaner = only('newsletter-plug')

describe('newsletter-plug', () => {
  it.each([
    'Sign up: Subscribe to our free newsletter for a curated selection of top stories delivered straight to your inbox.',
    'Get the latest headlines delivered to your inbox every morning.',
    'Abonnieren Sie unseren Newsletter und erhalten Sie jeden Morgen die wichtigsten Nachrichten des Tages.',
    'Newsletter abonnieren',
    'Bleiben Sie auf dem Laufenden: die wichtigsten Nachrichten direkt in Ihr Postfach',
    "Inscrivez-vous à notre newsletter pour recevoir l'essentiel de l'actualité chaque matin.",
    "Je m'abonne",
    'Suscríbete a nuestro boletín y recibe las noticias más importantes en tu correo.',
    'Suscríbete',
    'Assine nossa newsletter e receba as principais notícias do dia no seu e-mail.',
    'Iscriviti alla nostra newsletter per ricevere ogni mattina le notizie più importanti.',
    'Schrijf je in voor onze nieuwsbrief en ontvang elke ochtend het belangrijkste nieuws.',
    'Nieuwsbrief',
    'Thanks for reading The Margin Notes! Subscribe for free to receive new posts and support my work.',
    'Become a paid subscriber to Harbor Weekly to unlock this piece and learn about:',
    'By providing your information and clicking Subscribe, you agree to our Terms of Use and Privacy Policy.',
    'Thank you for signing up. We will send you an email to confirm your subscription.',
    'Enter your email to subscribe to more stories about urban gardening.',
    'Subscribe to receive monthly updates about our research.',
    'Sign up now for the Morning Ledger newsletter.',
    'We will never sell your information. Modify your preferences or unsubscribe at any time.',
    'Join my newsletter',
    'Never miss another article',
    'Subscribe: Apple Podcasts | Spotify | RSS',
    'Subscribe to Example Weekly',
  ])('removes %j', (line) => {
    expect(removesInContext(cleaner, line)).toBe(true)
  })

  it.each([
    'The newsletter, which has 40,000 subscribers, was sold last year to a rival publisher.',
    'Thanks for reading this far: the second half of the report explains why the budget grew by a third.',
    'Subscribers to the paper received a printed copy of the new constitution in their Sunday edition.',
    'Stay informed about the risks of the new variant, the health minister urged on Tuesday, as cases rose in four regions.',
    'Der Newsletter der Stadt informiert seit 2019 über Baustellen, Sperrungen und neue Buslinien.',
    "La newsletter de la mairie, qui compte 40 000 abonnés, a été vendue l'an dernier à un concurrent.",
    'El boletín, que tiene 40.000 suscriptores, fue vendido el año pasado a un editor rival.',
    'Rimani informato sui rischi del nuovo virus, ha raccomandato il ministro della salute durante la conferenza stampa.',
    'Blijf op de hoogte van de risico’s van het nieuwe virus, zei de minister dinsdag tijdens een persconferentie in Den Haag.',
    'Subscribe to the idea that less is more, and you will save a great deal of money.',
  ])('keeps prose %j', (line) => {
    expect(keeps(cleaner, line)).toBe(true)
  })
})
