/**
 * Line shape features of the core (src/features.ts): the sentence count of `lineFeatures`
 * against a direct implementation of its rule, on generated lines heavy with punctuation.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { isProse, lineFeatures } from '../src/features.js'

const TERMINALS = '.!?…。！？'
const CLOSERS = '"\'’”»)]›」』'
const OPENERS = '"“«‘([¿¡„‚‹「『'

/**
 * The rule as written down: every terminal (not a space) starts a sentence after it when the run
 * of terminals and closers that follows it ends in spaces (or one no-break space) and then a
 * capital, an opener or a letter of a script without case, or when the run's last terminal is 。！or ？ (Chinese and Japanese put no
 * space after them) and a letter, a digit or an opener follows it directly. Scanned afresh from
 * every terminal, so quadratic on a run of them.
 */
/** A letter without case from Hebrew on (Hebrew, Arabic, CJK, Hangul …): it starts a sentence as a capital does. */
const caseless = (ch: string): boolean => ch >= '\u0590' && /^\p{L}$/u.test(ch) && ch.toLowerCase() === ch && ch.toUpperCase() === ch

function referenceSentences(text: string): number {
  let sentences = 1
  for (let i = 0; i < text.length; i++) {
    if (!TERMINALS.includes(text[i]!)) continue
    let j = i + 1
    let last = text[i]!
    while (j < text.length && (TERMINALS.includes(text[j]!) || CLOSERS.includes(text[j]!))) { if (TERMINALS.includes(text[j]!)) last = text[j]!; j++ }
    if (j < text.length && (text[j] === ' ' || text[j] === '\u00a0')) {
      while (j < text.length && text[j] === ' ') j++
      if (j < text.length && (/^\p{Lu}$/u.test(text[j]!) || OPENERS.includes(text[j]!) || caseless(text[j]!))) sentences++
    } else if (j < text.length && '。！？'.includes(last) && (/^[\p{L}\p{N}\p{M}]$/u.test(text[j]!) || OPENERS.includes(text[j]!))) sentences++
  }
  return sentences
}

describe('lineFeatures: sentences', () => {
  it('counts a boundary after each terminal of a run that a capital follows', () => {
    expect(lineFeatures('The vote was close. The council met again.').sentences).toBe(2)
    expect(lineFeatures('Really?! Yes.').sentences).toBe(3)
    expect(lineFeatures('Wait... what happened next').sentences).toBe(1)
    expect(lineFeatures('He said "no." Then he left.').sentences).toBe(2)
    expect(lineFeatures('.'.repeat(1000)).sentences).toBe(1)
    expect(lineFeatures('.'.repeat(1000) + ' Next').sentences).toBe(1001)
  })

  it('equals the rule scanned afresh from every terminal, on lines heavy with punctuation', () => {
    const unit = fc.constantFrom(...TERMINALS, ...CLOSERS, ...OPENERS, ' ', ' ', '\u00a0', 'A', 'Z', 'É', 'a', 'z', '1', '-', '中', 'の', '한', 'ש')
    fc.assert(fc.property(fc.array(unit, { maxLength: 60 }).map((u) => u.join('')), (text) => {
      expect(lineFeatures(text).sentences).toBe(referenceSentences(text))
    }), { numRuns: 3000, seed: 6 })
  })

  it('equals it on the sample corpus lines', async () => {
    const { readdirSync, readFileSync } = await import('node:fs')
    const { join } = await import('node:path')
    const dir = join(import.meta.dirname, '..', 'corpus', 'raw')
    let lines = 0
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
        expect(lineFeatures(line).sentences, line).toBe(referenceSentences(line))
        lines++
      }
    }
    expect(lines).toBeGreaterThan(50)
  })
})

describe('lineFeatures: Chinese and Japanese', () => {
  it('counts a word per two ideographs or kana, and their particles as function words', () => {
    expect(lineFeatures('乘客早早排起了长队。')).toMatchObject({ words: 5, functionWords: 1, endsSentence: true, sentences: 1 })
    expect(lineFeatures('上海地铁18号线二期开通').words).toBe(2 + 1 + 3)
    expect(lineFeatures('iPhone15の発売').words).toBe(1 + 1 + 1) // iPhone15 | の発 | 売
  })
  it('reads a Japanese paragraph as prose, and a menu item as none', () => {
    const ja = lineFeatures('北陸新幹線の金沢―敦賀間が16日、開業した。東京から福井までの所要時間は最短2時間51分となった。')
    expect(ja.sentences).toBe(2)
    expect(isProse(ja)).toBe(true)
    expect(isProse(lineFeatures('首页'))).toBe(false)
  })
  it('leaves Korean, written with spaces, word by word', () => {
    expect(lineFeatures('서울시, 한강 수상버스 내년 3월 운항 시작').words).toBe(7)
  })
  it('reads Korean prose as prose: words that end in a particle or an ending count as function words', () => {
    const ko = lineFeatures('서울시는 내년 3월부터 한강에서 수상버스를 운항한다고 7일 밝혔다. 마곡에서 잠실까지 7개 선착장을 오가는 수상버스는 출퇴근 시간에 15분 간격으로 운행된다.')
    expect(ko.sentences).toBe(2)
    expect(ko.functionWords / ko.words).toBeGreaterThan(0.25)
    expect(isProse(ko)).toBe(true)
    for (const menu of ['뉴스', '정치', '로그인', '고객센터', '본문 바로가기']) expect(lineFeatures(menu).functionWords, menu).toBe(0)
  })
  it('starts a sentence after a full stop and a space before a letter without case', () => {
    expect(lineFeatures('רכבת ישראל תפעיל קו ישיר. הנוסעים חיכו לזה שנים.').sentences).toBe(2)
  })
})

describe('lineFeatures: a footnote reference after the last sentence', () => {
  const P = 'Recent solo exhibitions include shows in Denver and Richmond, and she lives and works in Chicago'
  it.each([`${P}.1`, `${P}.12`, `${P}.[38]`, `${P}.¹`, `${P}.”2`, `${P}!3`])('still ends a sentence: %j', (line) => {
    expect(lineFeatures(line).endsSentence).toBe(true)
    expect(isProse(lineFeatures(line))).toBe(true)
  })
  it.each([`${P} in version 3.2`, `${P} 12`, `${P}. 1`, `${P} [38]`, `${P}.123`, 'Chapter 4.1', '1.2'])('is not read into %j', (line) => {
    expect(lineFeatures(line).endsSentence).toBe(false)
  })
})

describe('lineFeatures: the attribution of a quoted paragraph', () => {
  const P = 'The hosts do a terrific job of researching their subject and of explaining how the founders built their companies'
  it.each([
    `${P}. – Jane Doe, lead engineer, Acme Labs`,
    `${P}.” — Marta Ruiz`,
    `${P}. -- John Smith, CEO`,
    `${P}! ― Dr. Ana Lima, Example University`,
    `${P}.\u00a0–\u00a0Jane Doe, lead engineer, Acme Labs`, // no-break spaces around the dash
    `${P}. – J.K. Doe, author`,
    `${P}. – Prof. Jane Doe, Example University`,
  ])('still ends a sentence: %j', (line) => {
    expect(lineFeatures(line).endsSentence).toBe(true)
    expect(isProse(lineFeatures(line))).toBe(true)
  })
  it.each([
    `${P} – Jane Doe, lead engineer, Acme Labs`, // no sentence before the dash
    `${P}. – and then it went on for another year`, // not a name
    `${P}. – Jane Doe, who led the team for many years and then moved to another company abroad`, // too long
    `${P}. – Jane Doe said so. Then she left`, // a sentence inside
    'Do you need four ports on your board? - Example Site', // a page title: too short
    'Is the New Reader Really Worth the Extra Money in 2024? Everything You Need to Know - Example Site', // title case
    `${P}. - Read More`, // a link
    `${P}. - And Then It Got Worse`, // a clause
    `${P}. – 张三。李四说了这句话`, // a sentence end inside
  ])('is not read into %j', (line) => {
    expect(lineFeatures(line).endsSentence).toBe(false)
  })
})
