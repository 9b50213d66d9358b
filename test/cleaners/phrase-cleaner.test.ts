import { describe, expect, it } from 'vitest'
import { quote } from '../../src/cleaners/phrase-cleaner.js'

describe('quote: the text a message shows', () => {
  it('shows short text whole, in backticks', () => {
    expect(quote('Leave a Reply')).toBe('`Leave a Reply`')
  })
  it('cuts long text at the limit with an ellipsis', () => {
    expect(quote('a'.repeat(100), 10)).toBe('`aaaaaaaaa…`')
  })
  it('never cuts between the halves of a surrogate pair', () => {
    const bold = '𝐒𝐭𝐨𝐫𝐦 𝐇𝐢𝐭𝐬 𝐂𝐨𝐚𝐬𝐭 𝐀𝐠𝐚𝐢𝐧 𝐓𝐨𝐧𝐢𝐠𝐡𝐭 𝐀𝐧𝐝 𝐓𝐨𝐦𝐨𝐫𝐫𝐨𝐰'
    for (let max = 5; max < 40; max++) {
      const q = quote(bold, max)
      expect(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(q)).toBe(false) // no lone surrogate
      expect(bold.startsWith(q.slice(1, -2))).toBe(true)
    }
  })
})

describe('maxWords bounds line-start phrases only', () => {
  it('a whole-line phrase is removed whatever maxWords is', async () => {
    const { clean } = await import('../../src/index.js')
    const P = 'The council met on Tuesday evening and voted to approve the new flood defences for the town.'
    const text = `Council Approves Flood Defences\n\n${P}\n\nLeave a comment Cancel reply\n\n${P.replace('Tuesday', 'Monday')}`
    const off = { boilerplate: false, 'trailing-chrome': false }
    for (const maxWords of [1, 3, 45]) {
      expect(clean(text, { cleaners: { ...off, 'comment-form': { maxWords } } }), `maxWords ${maxWords}`).not.toContain('Leave a comment')
    }
    // and a line-start phrase on a line longer than maxWords stays
    const start = `Council Approves Flood Defences\n\n${P}\n\nLeave a comment below and tell us what you think\n\n${P.replace('Tuesday', 'Monday')}`
    expect(clean(start, { cleaners: { ...off, 'comment-form': { maxWords: 3 } } })).toContain('Leave a comment below')
  })
})

describe('article text that no phrase removes', () => {
  const P1 = 'The council met on Tuesday evening and voted to approve the new flood defences for the town.'
  const P2 = 'Work will start in the spring and should be finished within two years, the mayor said.'
  const art = (l: string) => `Council Approves Flood Defences\n\n${P1}\n\n${l}\n\n${P2}`

  it('isQuotation: an opening quotation mark, and a speech tag after the closing one', async () => {
    const { isQuotation } = await import('../../src/cleaners/phrase-cleaner.js')
    expect(isQuotation('"We use cookies only where the law allows," the officer told reporters.')).toBe(true)
    expect(isQuotation('„Wir brauchen Ihre Unterstützung“, sagte Piwarz.')).toBe(true)
    expect(isQuotation('« Nous avons besoin de votre soutien », a déclaré la ministre.')).toBe(true)
    expect(isQuotation('«Necesitamos tu apoyo», contó una guardiamarina.')).toBe(true)
    expect(isQuotation('"Leave a Reply"')).toBe(false) // no speech tag
    expect(isQuotation('We use cookies. "Accept" to continue.')).toBe(false) // does not open with a quotation
    expect(isQuotation('"Subscribe" now')).toBe(false) // one word after it
  })

  it('reported speech that says what a plug or a banner says stays, in several languages; the plugs go', async () => {
    const { clean } = await import('../../src/index.js')
    const quotes = [
      '"We use cookies only where the law allows, and we will now ask every visitor first," the council\'s data protection officer told reporters.',
      '"We value your privacy and we are sorry," the council leader added in a statement released at 11:30.',
      '„Wir brauchen Ihre Unterstützung, denn ohne die Eltern wird das nicht gelingen“, sagte Piwarz vor Journalisten.',
      '« Nous avons besoin de votre soutien pour que ces moyens arrivent vraiment dans les laboratoires », a déclaré la ministre.',
      '«Necesitamos tu apoyo, le dije a mi madre por radio aquella noche», contó entre risas una guardiamarina de 21 años.',
      '"Please support the lads at home next week," manager Carl Bowen told supporters after the final whistle.',
      '"We hebben jouw steun nodig om dit ook in andere gemeenten voor elkaar te krijgen," zei Van der Heijden.',
    ]
    for (const q of quotes) expect(clean(art(q)), q).toContain(q)
    for (const plug of ['We use cookies to improve your experience. By continuing you accept our use of cookies.', 'Please support our journalism.', 'Wir brauchen Ihre Unterstützung.']) {
      expect(clean(art(plug)), plug).not.toContain(plug)
    }
  })

  it('the middle of a hard-wrapped sentence stays, though it starts like a plug', async () => {
    const { clean } = await import('../../src/index.js')
    const wrapped = 'Volunteers Clean Up The Beach\n\nMore than two hundred volunteers spent Saturday picking up litter on the\nnorth beach, and the organisers said they hoped to make it a monthly event\nfor the whole town. The council has promised to lend them gloves, bags\nand a van, and the local school will join the next clean-up in April.\nAnyone who wants to join can sign up at the library, they said, and\nhelp us keep the beach clean is the slogan printed on the bags handed\nout to volunteers, who collected more than a tonne of plastic by noon.\nThe next event is planned for the first Saturday of next month at ten.'
    const out = clean(wrapped)
    expect(out).toContain('they said, and help us keep the beach clean is the slogan printed on the bags handed out to volunteers')
    expect(clean(out)).toBe(out)
    // a lower-case social link under a short menu line is no wrapped sentence: it goes
    expect(clean(`Share\nfacebook\n\n${P1}`)).not.toContain('facebook')
  })
})

describe('definePhraseCleaner: retest', () => {
  it('tests again in a later round only the unchanged lines `retest` names (a pure rule skips the rest)', async () => {
    const { definePhraseCleaner } = await import('../../src/cleaners/phrase-cleaner.js')
    const { createCleaner } = await import('../../src/index.js')
    const calls: string[] = []
    const probe = definePhraseCleaner({
      id: 'probe' as never, what: 'probe', description: 'records the lines its shape reads', examples: [], pure: true,
      retest: ({ text }) => text === 'Beta line',
      shape: ({ text }) => { calls.push(text); return null },
    })
    // the counter takes "0" in round 0, so a second round runs the line rules on what is left
    createCleaner({ preset: [['counter', true], [probe as never, true]] }).run('Alpha line\nBeta line\n0')
    expect(calls.filter((t) => t === 'Alpha line')).toHaveLength(1)
    expect(calls.filter((t) => t === 'Beta line')).toHaveLength(2)
  })
})
