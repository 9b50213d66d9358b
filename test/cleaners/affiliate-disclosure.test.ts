import { describe, expect, it } from 'vitest'
import { createCleaner } from '../../src/index.js'
import { only, removed, removesInContext } from './noise-helpers.js'

const cleaner = only('affiliate-disclosure')

describe('affiliate-disclosure', () => {
  it.each([
    'Disclosure: This post contains affiliate links. If you buy through them, we may earn a small commission at no extra cost to you.',
    'We may earn commission from links on this page, but we only recommend products we back. Why Trust Us?',
    'If you buy through our links, Example News may earn an affiliate commission. Learn more.',
    'We test every product ourselves. If you click on links we provide, we may receive compensation.',
    'As an Amazon Associate I earn from qualifying purchases.',
    'This podcast may contain affiliate links, please read our disclosure policy.',
    '*Affiliate links are used in the post which means I can receive a (very) small amount of commission if you make a purchase.',
    '(This post contains affiliate links, and we may earn a commission.)',
    'Example Travels contains commissionable links for some products in this post.',
  ])('removes %j', (line) => {
    expect(removesInContext(cleaner, line)).toBe(true)
  })

  it.each([
    ['German', 'Dieser Beitrag enthält Affiliate-Links. Wenn du darüber kaufst, erhalten wir eine kleine Provision.'],
    ['French', 'Cet article contient des liens affiliés : nous percevons une commission sur vos achats.'],
    ['Spanish', 'Este artículo contiene enlaces de afiliados. Si compras a través de ellos, podemos recibir una comisión.'],
    ['Italian', 'Questo articolo contiene link di affiliazione: potremmo ricevere una commissione sui tuoi acquisti.'],
    ['Dutch', 'Dit artikel bevat affiliate links. Als je via deze links koopt, ontvangen wij een kleine commissie.'],
    ['Portuguese', 'Este artigo contém links de afiliados. Se você comprar por eles, podemos receber uma comissão.'],
  ])('removes a disclosure in %s', (_, line) => {
    expect(removesInContext(cleaner, line)).toBe(true)
  })

  it.each([
    // articles about affiliate marketing and about fees: the site does not speak of its own earnings
    'To measure these partnerships, add affiliate links and discount codes to every product page.',
    'We tested three plugins that add affiliate links to your posts.',
    'We compared the commission each broker charges when you buy shares.',
    'Real estate agents get a commission when you buy a home through them, so our advice is to ask.',
    'Streamers earn a commission when viewers buy games or gear through their links.',
    // a review's battery: a set phrase, a fee or affiliate links in an article, in first person
    'My sister worked as an Amazon associate in the warehouse for two years before the strike.',
    'Our analysis found that only qualifying purchases count toward the new tax credit.',
    'Our reporters found that 40 of the 100 biggest blogs use affiliate links without telling readers.',
    'The EU Commission says we can make purchases in other member states without extra fees.',
    'I can get compensation if my flight is delayed, but only if I bought the ticket in the EU.',
    'Can I get compensation if my order arrives late?',
    '"We get a commission on every order, so we push the expensive dishes," the waiter told me.',
    'Je touche une commission sur chaque achat, explique la vendeuse.',
    'Nous pouvons recevoir la commission d’enquête la semaine prochaine, a déclaré le maire après l’achat du terrain.',
    'Mi hermano trabajó como asociado de Amazon en un almacén de Madrid.',
    'Il nostro studio: solo gli acquisti idonei danno diritto al bonus.',
    'Unsere Stichprobe zeigt: Viele Blogs mit Affiliate-Links verschweigen das.',
    // an aside in brackets inside a sentence of the article
    'I wash the jars with a mild castile soap, just in case you were wondering (it is an affiliate link).',
    // a disclosure that is only a small part of a paragraph
    'We bought all eight jackets with our own money and wore them on three wet weekends in the hills. The two best kept us dry through four hours of steady rain, and both cost less than the lab favourite. We may earn a commission if you buy through our links.',
  ])('keeps %j', (line) => {
    expect(removesInContext(cleaner, line)).toBe(false)
  })

  it('explains the removal', () => {
    const m = cleaner.run('Text.\nAs an Amazon Associate I earn from qualifying purchases.').messages.filter((x) => x.kind === 'remove')
    expect(m.map((x) => [x.ruleId, x.reason, x.place])).toEqual([[
      'affiliate-disclosure',
      'Unexpected affiliate disclosure `As an Amazon Associate I earn from qualifying purchases.`, expected article text',
      { start: { line: 2, column: 1, offset: 6 }, end: { line: 2, column: 57, offset: 62 } },
    ]])
  })

  it('takes extra words of each kind from the words option', () => {
    const line = 'We get a small bounty whenever you order through these links.'
    expect(removesInContext(cleaner, line)).toBe(false)
    expect(removesInContext(only('affiliate-disclosure', { words: { fees: ['bounty'] } }), line)).toBe(true)
  })

  it('takes the share and the length from its options', () => {
    const line = 'Products are chosen independently by our editors. Purchases made through our links may earn us a commission.'
    expect(removesInContext(cleaner, line)).toBe(false) // 10 of 17 words: under 0.6
    expect(removesInContext(only('affiliate-disclosure', { minShare: 0.5 }), line)).toBe(true)
    expect(removesInContext(only('affiliate-disclosure', { maxWords: 5 }), 'As an Amazon Associate I earn from qualifying purchases.')).toBe(false)
  })

  it('uses only the words of the languages loaded', () => {
    const line = 'Dieser Beitrag enthält Affiliate-Links. Wenn du darüber kaufst, erhalten wir eine kleine Provision.'
    const en = createCleaner({ preset: ['whitespace', 'affiliate-disclosure'], languages: ['en'] })
    expect(removed(en, `Text.\n${line}`)).toEqual([])
  })

  it('throws on bad options', () => {
    expect(() => only('affiliate-disclosure', { maxWords: 0 })).toThrow(/Unexpected maxWords 0 for cleaner 'affiliate-disclosure'/)
    expect(() => only('affiliate-disclosure', { minShare: 2 })).toThrow(/Unexpected minShare 2/)
    expect(() => only('affiliate-disclosure', { words: { money: ['x'] } })).toThrow(/Unexpected word kind 'money'/)
    expect(() => only('affiliate-disclosure', { words: { fees: [''] } })).toThrow(/Unexpected words.fees/)
    expect(() => only('affiliate-disclosure', { words: [] })).toThrow(/Unexpected array for option 'words'/)
  })
})
