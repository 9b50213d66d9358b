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
