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
