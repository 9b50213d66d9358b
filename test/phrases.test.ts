// The fast paths of phrase matching and line keys against the plain definitions they replace.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { compilePhrases, firstWord, phraseFilter, phraseKey, phraseSource } from '../src/phrases.js'
import { lineKey } from '../src/document-utils.js'
import { isWordCode, lineFeatures } from '../src/features.js'

/**
 * An edge character of a key, by code point: not a word character of the class table (a lone
 * surrogate counts as a letter there), an astral character that is no letter, digit or mark
 * (emoji), or an emoji joiner or selector.
 */
function isEdge(ch: string): boolean {
  if (ch.length === 2) return !/[\p{L}\p{N}\p{M}]/u.test(ch)
  const c = ch.charCodeAt(0)
  return !isWordCode(c) || c === 0xfe0f || c === 0xfe0e || c === 0x200d || c === 0x20e3
}

/** phraseKey as a RegExp replace over code points, the definition the scan replaces. */
function phraseKeyByRegExp(text: string): string {
  const cps = Array.from(text)
  let s = 0
  let e = cps.length
  while (s < e && isEdge(cps[s]!)) s++
  while (e > s && isEdge(cps[e - 1]!)) e--
  return cps.slice(s, e).join('').toLowerCase().replace(/[’‘`´]|\s{2,}|[^\S ]/g, (m) => (m.trim() ? "'" : ' '))
}

const lineKeyByRegExp = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ').trim()

/** Pieces that exercise folding, word classes, surrogates and case mapping. */
const PIECES = [' ', '  ', '\t', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u2028', '’', '‘', '`', '´', "'", '-', '.', ':', '©', '#',
  'a', 'Read', 'MORE', 'é', 'İ', 'Σ', 'ß', '\u0301', '1', '12', '😀', '𝐀', '\ud800', '\udc00', 'x', 'comments', 'Share this',
  '👉', '\ufe0f', '\u200d', '🏽', '✉']
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((xs) => xs.join(''))

describe('phraseKey', () => {
  it('folds apostrophes and white space as the RegExp definition does', () => {
    for (const t of ['Leave a  Reply', 'Don’t miss', 'A\tb', 'a\u00a0b', '— Share this: —', 'it`s', 'x ´y', '']) {
      expect(phraseKey(t)).toBe(phraseKeyByRegExp(t))
    }
    fc.assert(fc.property(text, (t) => phraseKey(t) === phraseKeyByRegExp(t)), { numRuns: 3000 })
  })
})

describe('phraseKey and firstWord at the edges of a line', () => {
  it('drop emoji, their joiners and selectors like other symbols; keep astral letters and lone surrogates', () => {
    expect(phraseKey('👉 Share this:')).toBe('share this')
    expect(phraseKey('✉️ Leave a Reply')).toBe('leave a reply')
    expect(phraseKey('Leave a Reply 👇')).toBe('leave a reply')
    expect(phraseKey('👍🏽 Like us on Facebook')).toBe('like us on facebook')
    expect(phraseKey('👩\u200d💻 Share')).toBe('share')
    expect(firstWord('👍🏽 Like us')).toBe('like')
    expect(firstWord('✉️ Leave a Reply')).toBe('leave')
    expect(phraseKey('𝐋𝐞𝐚𝐯𝐞')).toBe('𝐋𝐞𝐚𝐯𝐞'.toLowerCase())
    expect(phraseKey('\ud800x')).toBe('\ud800x')
    expect(phraseKey('x\udc00')).toBe('x\udc00')
  })
})

describe('lineKey', () => {
  it('equals the RegExp definition, astral characters included', () => {
    for (const t of ['Hello, World!', '  a  b  ', 'İstanbul', 'ΟΔΟΣ', 'x😀y', 'e\u0301', '', '...']) {
      expect(lineKey(t)).toBe(lineKeyByRegExp(t))
    }
    fc.assert(fc.property(text, (t) => lineKey(t) === lineKeyByRegExp(t)), { numRuns: 3000 })
  })
})

describe('lineFeatures', () => {
  it('counts function words inside and at the end of a line', () => {
    expect(lineFeatures('It’s the end of the story and it').functionWords).toBe(lineFeatures('It’s the end of the story and it.').functionWords)
    expect(lineFeatures('the').functionWords).toBe(1)
    expect(lineFeatures('the cat').functionWords).toBe(1)
    expect(lineFeatures('cat the').functionWords).toBe(1)
  })
})

describe('whole-line phrases that start with a number', () => {
  const phrases = ['# comments', '# min read', '# Kommentare', '#', '# thoughts on *']
  const m = compilePhrases(phrases, [])
  // the same phrases as one alternation, the number repeated for each: the plain form
  const edge = '[\\s\\p{P}\\p{S}\\uFE0E\\uFE0F\\u200D\\u20E3]*' // symbols, emoji joiners and selectors
  const plain = new RegExp(`^${edge}(?:${[...phrases].sort((a, b) => b.length - a.length).map(phraseSource).join('|')})${edge}$`, 'iu')
  it('match the same lines as the plain alternation', () => {
    for (const t of ['12 comments', '1,204 Comments', '3 min read', '1.2K comments', '7', '5 minutes', '12 thoughts on “Title”', '3 Kommentare', '1,2,3']) {
      const key = phraseKey(t)
      expect(m.whole(t, key, firstWord(t)), t).toBe(plain.test(t))
    }
    const numbered = fc.tuple(fc.constantFrom('1', '12', '1,204', '1.2', '3K', '999 ', ''), text).map(([n, t]) => n + t)
    // (the number group is consulted for lines whose first word starts with a digit)
    const digitFirst = numbered.filter((t) => /^\d/.test(firstWord(t)))
    fc.assert(fc.property(digitFirst, (t) => m.whole(t, phraseKey(t), firstWord(t)) === plain.test(t)), { numRuns: 3000 })
  })
})

describe('phraseFilter', () => {
  const sets: Array<[string[], string[]]> = [
    [['Leave a Reply', 'Share this:', '# comments', '© #', '* theme by *'], ['Read more', 'Related', '©']],
    [['Loading...', 'Tweet'], ['Photo:', '# min read']],
    [[], []],
  ]
  it('never rejects a line that a matcher matches', () => {
    for (const [lines, starts] of sets) {
      const m = compilePhrases(lines, starts)
      const filter = phraseFilter([m])
      const check = (t: string): boolean => {
        const first = firstWord(t)
        const key = t.length <= 200 ? phraseKey(t) : null
        if (filter(t, first, key)) return true
        return !(key !== null && m.whole(t, key, first)) && m.start(t, first) === null
      }
      for (const t of ['Leave a reply', 'Share this', '12 comments', '© 2024', 'Theme by Foo', 'Read more: x', 'Related', '© Foo', 'Loading…', '3 min read', 'Photo: AP', 'Nothing here']) {
        expect(check(t), t).toBe(true)
      }
      fc.assert(fc.property(text, check), { numRuns: 2000 })
    }
  })
})

describe('rows of whole-line phrases', () => {
  const m = compilePhrases(['Facebook', 'Twitter', 'LinkedIn', 'Share on X', 'Share on Facebook', 'Privacy Policy', 'Terms & Conditions', 'Email'], [])
  const row = (t: string) => m.row(t, firstWord(t))
  it.each([
    ['Facebook Twitter LinkedIn', 3],
    ['Share on X (Twitter) Share on Facebook', 3],
    ['Privacy Policy | Terms & Conditions', 2],
    ['Privacy Policy • Terms & Conditions / Email', 3],
    ['Facebook0 Twitter LinkedIn12 3', 3],
  ])('counts the phrases a line of buttons is made of, whatever separates them: %j is %i', (t, n) => {
    expect(row(t)).toBe(n)
  })
  it('counts the buttons when one phrase names them all ("Facebook Twitter LinkedIn" is a phrase too)', () => {
    const all = compilePhrases(['Facebook Twitter LinkedIn', 'Facebook', 'Twitter', 'LinkedIn'], [])
    for (const t of ['Facebook | Twitter | LinkedIn', 'Facebook0 Twitter LinkedIn0', 'Facebook 12 Twitter 3 LinkedIn']) expect(all.row(t, firstWord(t)), t).toBe(3)
    // the phrase alone is a whole-line match, not a row of one
    const one = compilePhrases(['Facebook Twitter LinkedIn'], [])
    expect(one.row('Facebook | Twitter | LinkedIn', 'Facebook')).toBe(0)
  })
  it.each([
    'Facebook', 'Facebook Twitter and LinkedIn', 'Facebook, Twitter', 'Facebook Twitter.', 'Share on Facebook Twitter?',
    'Facebook ' + 'Twitter '.repeat(16),
  ])('is 0 for one phrase, a line with other words, a prose list, a sentence or a long line: %j', (t) => {
    expect(row(t)).toBe(0)
  })
  it('starts with the first word of one of the phrases and ends with the last word of one', () => {
    for (const t of ['Facebook Twitter', 'Facebook0 Twitter', 'Privacy Policy | Terms & Conditions']) expect(row(t), t).toBeGreaterThan(0)
    // "Policy Facebook" begins with no phrase's first word, "Facebook Privacy" ends with no phrase's last
    expect(row('Policy Facebook')).toBe(0)
    expect(row('Facebook Privacy')).toBe(0)
  })
})

describe('phrases in Chinese, Japanese and Korean', () => {
  const start = (starts: string[], text: string, sentences = false) =>
    compilePhrases([], starts, sentences).start(text, firstWord(phraseKey(text)))?.[0] ?? null
  it('groups a line by its first character where words have no spaces between them', () => {
    expect(firstWord('分享到微信')).toBe('分')
    expect(firstWord('「関連記事」')).toBe('関')
    expect(firstWord('iPhone15の発売')).toBe('iphone15')
    expect(firstWord('관련 기사')).toBe('관련')
  })
  it('matches a whole-line phrase with a wildcard after Chinese text', () => {
    const m = compilePhrases(['分享到*'], [])
    const text = '分享到朋友圈'
    expect(m.whole(text, phraseKey(text), firstWord(phraseKey(text)))).toBe(true)
  })
  it('ends a label at a character of another kind, not inside a run of characters', () => {
    expect(start(['版权所有'], '版权所有 © 2024 上海新闻网')).toBe('版权所有')
    expect(start(['相关阅读'], '相关阅读：上海今年新增5条公交线路')).toBe('相关阅读')
    expect(start(['版权所有'], '版权所有者认为这是侵权。')).toBeNull()
    expect(start(['관련 기사'], '관련 기사 보기')).toBe('관련 기사')
    expect(start(['관련 기사'], '관련 기사가 나간 뒤')).toBeNull()
  })
  it('ends a label at its own colon or equals sign', () => {
    expect(start(['사진='], '사진=연합뉴스')).toBe('사진=')
    expect(start(['photo:'], 'Photo:Reuters')).toBe('Photo:')
    expect(start(['photo'], 'Photographers gathered.')).toBeNull()
  })
  it('lets a sentence start end inside a word in Chinese, Japanese and Korean only', () => {
    expect(start(['订阅我们的新闻'], '订阅我们的新闻简报，每天早上获取最新资讯。', true)).toBe('订阅我们的新闻')
    expect(start(['이 사이트는 쿠키를 사용'], '이 사이트는 쿠키를 사용합니다.', true)).toBe('이 사이트는 쿠키를 사용')
    expect(start(['订阅我们的新闻'], '订阅我们的新闻简报', false)).toBeNull()
    expect(start(['we use cookie'], 'We use cookies to improve the site.', true)).toBeNull()
  })
})
