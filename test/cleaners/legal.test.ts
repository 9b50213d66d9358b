import { describe, expect, it } from 'vitest'
import { keeps, only, removesInContext } from './noise-helpers.js'

const cleaner = only('legal')

describe('legal', () => {
  it.each([
    '© 2024 Example Media. All rights reserved.',
    'We use cookies to improve your experience on our site.',
    'Privacy Policy | Terms of Use',
    'Terms of Use Cookie Notice Privacy Policy',
    'Datenschutzerklärung | Impressum',
    '2025 Example Media Inc. All rights reserved. 55 Water Street, New York',
    '2025 © Example Media Inc.',
    '2024 Beispiel Verlag GmbH. Alle Rechte vorbehalten.',
    '2024 Exemple Médias SA. Tous droits réservés.',
    '© 2024 Beispiel Verlag GmbH. Alle Rechte vorbehalten.',
    'Impressum',
    'Datenschutzerklärung',
    'Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis bieten zu können.',
    'Tous droits réservés',
    'Mentions légales',
    'Ce site utilise des cookies pour améliorer votre expérience de navigation.',
    'Todos los derechos reservados',
    'Política de privacidad',
    'Utilizamos cookies propias y de terceros para mejorar nuestros servicios.',
    'Todos os direitos reservados',
    'Este site utiliza cookies para melhorar sua experiência.',
    'Riproduzione riservata',
    'Questo sito utilizza cookie tecnici e di terze parti.',
    'Alle rechten voorbehouden',
    'Deze website gebruikt cookies om je ervaring te verbeteren.',
    'Partita IVA 01234567890',
    'Partita IVA: 01234567890',
    'P.IVA 01234567890',
    "Continuando a navigare sul sito accetti l'uso dei cookie.",
    'Al continuar navegando en este sitio, aceptas el uso de cookies.',
    // consent under a form or a button
    'By clicking Sign Me Up, you confirm you are 16+ and agree to our Terms of Use and Privacy Policy.',
    'By submitting this form, you agree to our Privacy Policy and consent to receive our email newsletters.',
    'By clicking the button below, I acknowledge that I have read and accept the Terms of Use.',
    'By signing up you agree to the Example Privacy Policy. You can opt out anytime.',
    'This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.',
    // longer than a newsletter plug may be (45 words): a legal line may run to 60
    'By signing up, you agree to receive recurring automated SMS marketing messages from Example Deals at the number provided. Msg and data rates may apply. Msg frequency varies. Reply HELP for help and STOP to cancel. You also agree to our Terms of Use and Privacy Policy and confirm that you are at least 16 years old.',
  ])('removes %j', (line) => {
    expect(removesInContext(cleaner, line)).toBe(true)
  })

  it.each([
    'The court ruled that the copyright had expired and the recipes were in the public domain.',
    'Das Gericht entschied, dass das Urheberrecht abgelaufen ist und die Rezepte gemeinfrei sind.',
    "Les cookies tiers seront bloqués par le navigateur à partir de l'an prochain, a annoncé l'entreprise.",
    'Las cookies de terceros dejarán de funcionar en el navegador el próximo año, anunció la empresa.',
    'I diritti riservati agli autori scadono settanta anni dopo la loro morte, ha ricordato il giudice.',
    'De privacyverklaring van de gemeente werd vorig jaar drie keer aangepast, blijkt uit het rapport.',
    // the words of a notice used in their own sense: a VAT status in a headline, sailing, reading on
    'Partita Iva, cosa cambia nel 2025 con la flat tax al 15%',
    'Continuando a navigare tra le pieghe della manovra, si trova anche una novità per chi lavora in Italia.',
    'Al continuar navegando hacia el sur desde Canarias, la tripulación afrontó la peor tormenta del viaje.',
    // a year at the start of a sentence about rights that were reserved
    '1998 was the year the studio sold the film rights and kept all rights reserved for the sequel, the court heard.',
    // reported speech that says what a banner says
    '"We use cookies only where the law allows, and we will now ask every visitor first," the officer told reporters.',
    // a how-to step that clicks, with no consent after a comma
    'By clicking the gear icon you open the settings, where you agree to nothing until you press Save.',
  ])('keeps prose %j', (line) => {
    expect(keeps(cleaner, line)).toBe(true)
  })
})
