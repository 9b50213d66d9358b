import { definePhraseCleaner } from './phrase-cleaner.js'

/** Newsletter and subscription plugs. */
export const newsletterPlug = definePhraseCleaner({
  id: 'newsletter-plug',
  what: 'newsletter plug',
  description: 'Newsletter and subscription plugs: "Sign up: Subscribe to our free newsletter …"',
  examples: [
    { input: 'Text.\nSign up: Subscribe to our free newsletter for a curated selection of top stories delivered straight to your inbox.', output: 'Text.\n' },
    { input: 'Text.\nGet the latest headlines delivered to your inbox every morning.', output: 'Text.\n' },
    { input: 'Text.\nBy subscribing to this newsletter, you agree to our terms of service and privacy policy.', output: 'Text.\n', note: 'the fine print under a sign-up form' },
    { input: 'Texto.\nAl suscribirte a nuestro boletín aceptas la política de privacidad.', output: 'Texto.\n', note: 'Spanish' },
    { input: 'Stay informed about new tools. Early adoption gives a team an edge before a market is crowded. Balance it with methods that already work.', output: 'Stay informed about new tools. Early adoption gives a team an edge before a market is crowded. Balance it with methods that already work.\n', note: 'a paragraph of three sentences that starts like a plug stays' },
        { input: 'The newsletter, which has 40,000 subscribers, was sold last year to a rival publisher.', output: 'The newsletter, which has 40,000 subscribers, was sold last year to a rival publisher.\n', note: 'prose about a newsletter stays' },
    { input: 'Texte.\nInscrivez-vous à notre newsletter pour recevoir l’essentiel de l’actualité chaque matin.', output: 'Texte.\n', note: 'French' },
    { input: 'Der Newsletter der Stadt informiert seit 2019 über Baustellen, Sperrungen und neue Buslinien.', output: 'Der Newsletter der Stadt informiert seit 2019 über Baustellen, Sperrungen und neue Buslinien.\n', note: 'German prose about a newsletter stays' },
  ],
})
