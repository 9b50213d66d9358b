import { describe, expect, it } from 'vitest'
import { documentFeatures, FEATURE_NAMES, lineStats, N_FEATURES } from '../../src/classifier/features.js'
import { functionWordSet } from '../../src/data/function-words.js'

const en = functionWordSet('en')
const col = (name: string): number => FEATURE_NAMES.indexOf(name as (typeof FEATURE_NAMES)[number])
/** The value of a named feature of line i. */
const featureOf = (d: { matrix: Float64Array }) => (i: number, name: string): number => d.matrix[i * N_FEATURES + col(name)]!

describe('lineStats', () => {
  it('sees prose: long, sentence-shaped, dense in function words', () => {
    const s = lineStats('The committee said on Tuesday that it would review the plan before the end of the year.', en)
    expect(s.words).toBe(17)
    expect(s.endsSentence).toBe(true)
    expect(s.fw / s.words).toBeGreaterThan(0.3)
    expect(s.prose).toBe(true)
    expect(s.short).toBe(false)
  })
  it('ends a sentence under a footnote reference ("… in Chicago.1", "….[38]"), not a version number', () => {
    const line = 'Recent solo exhibitions include shows in Denver and Richmond, and she lives and works in Chicago'
    for (const end of ['.1', '.[38]', '.²']) expect(lineStats(line + end, en).endsSentence, end).toBe(true)
    for (const end of [' 3.2', ' [38]', '.123']) expect(lineStats(line + end, en).endsSentence, end).toBe(false)
  })
  it('ends a sentence under the attribution of a quoted paragraph, not under a page title', () => {
    const para = 'The hosts do a terrific job of researching their subject and of explaining how the founders built their companies.'
    expect(lineStats(para + ' – Jane Doe, lead engineer, Acme Labs', en)).toMatchObject({ endsSentence: true, prose: true })
    expect(lineStats(para.slice(0, -1) + ' – Jane Doe, lead engineer, Acme Labs', en).endsSentence).toBe(false)
    expect(lineStats('Do you need four ports on your board? - Example Site', en).endsSentence).toBe(false)
  })
  it('marks cookie banners as copyright/legal, not every line that says cookie', () => {
    for (const banner of ['We use cookies to improve your experience.', 'This site uses cookies.', 'Cookie Policy', 'Cookie settings', 'Accept all cookies', 'Cookies', 'By continuing to browse the site you agree to our use of cookies.']) {
      expect(lineStats(banner, en).copyright, banner).toBe(true)
    }
    for (const text of ['Send the Cookie header with every request, as the server expects', 'Bake the cookies for ten minutes, until the edges are golden.', 'Fold the chips into the cookie dough by hand', 'Chocolate Chip Cookies']) {
      expect(lineStats(text, en).copyright, text).toBe(false)
    }
  })

  it('sees a menu item: short, no sentence, no function words', () => {
    const s = lineStats('Subscribe', en)
    expect(s).toMatchObject({ words: 1, fw: 0, endsSentence: false, short: true, prose: false, navCue: true })
  })
  it('counts sentences, digits, symbols, upper case and title case', () => {
    const s = lineStats('It rained. Then it stopped! OK?', en)
    expect(s.sentences).toBe(3)
    const t = lineStats('Price: $1,299 | SKU 44-A', en)
    expect(t.digits).toBe(6)
    expect(t.symbols).toBeGreaterThanOrEqual(5)
    expect(t.separators).toBe(1)
    const u = lineStats('Breaking News From The Capital', en)
    expect(u.capWords).toBe(5)
    expect(lineStats('NEW YORK', en).upper).toBe(7)
  })
  it('recognises cues: list markers, dates, comments, bylines, copyright, code, teasers', () => {
    expect(lineStats('• Fresh basil', en).listMarker).toBe(true)
    expect(lineStats('2. Mix the flour', en).listMarker).toBe(true)
    expect(lineStats('December 18, 2025, 9:46 pm', en)).toMatchObject({ date: true, time: true })
    expect(lineStats('Reply', en).commentCue).toBe(true)
    expect(lineStats('59 Comments on “Starship Troopers”', en).commentStart).toBe(true)
    expect(lineStats('Leave a Reply', en).commentStart).toBe(true)
    expect(lineStats('By Jane Doe', en).byline).toBe(true)
    expect(lineStats('© 2025 Example Media. All rights reserved.', en).copyright).toBe(true)
    expect(lineStats('const x = require("fs");', en).codeLike).toBe(true)
    expect(lineStats('The mayor announced a new plan for the city…', en).endsEllipsis).toBe(true)
    expect(lineStats('Share this:', en).endMarker).toBe(true)
  })
  it('uses the given language for function-word density', () => {
    const fr = lineStats('Le président a rejeté la proposition dans un entretien avec la presse.', functionWordSet('fr'))
    const frAsEn = lineStats('Le président a rejeté la proposition dans un entretien avec la presse.', en)
    expect(fr.fw).toBeGreaterThan(frAsEn.fw)
  })
})

describe('lineStats: scripts without spaces or without case', () => {
  const any = functionWordSet()
  it('counts a word per two ideographs or kana, and their particles as function words', () => {
    // 12月28日上午，上海地铁18号线二期工程正式开通运营。: runs 12 | 月 | 28 | 日上午 …
    const zh = lineStats('乘客早早排起了长队。', any)
    expect(zh.words).toBe(5) // 9 ideographs
    expect(zh.fw).toBe(1) // 了
    const menu = lineStats('首页', any)
    expect(menu).toMatchObject({ words: 1, fw: 0, short: true })
    const mixed = lineStats('上海地铁18号线二期开通', any)
    expect(mixed.words).toBe(2 + 1 + 3) // 上海地铁 | 18 | 号线二期开通
    const ja = lineStats('北陸新幹線の金沢―敦賀間が16日、開業した。東京から福井までの所要時間は最短2時間51分となった。', any)
    expect(ja.words).toBeGreaterThan(15)
    expect(ja.fw / ja.words).toBeGreaterThan(0.2)
    expect(ja.sentences).toBe(2)
    expect(ja.prose).toBe(true)
  })
  it('leaves text without ideographs or kana as it was', () => {
    expect(lineStats('서울시, 한강 수상버스 내년 3월 운항 시작', any).words).toBe(7)
    expect(lineStats('Café au lait', any).words).toBe(3)
  })
  it('counts the letters of Hebrew, Arabic and Devanagari as letters, not symbols', () => {
    for (const text of ['רכבת ישראל משיקה קו ישיר', 'افتتاح أكبر محطة لتحلية المياه', 'स्कूल भी बंद रहेंगे']) {
      const s = lineStats(text, any)
      expect(s.letters, text).toBeGreaterThan(text.length * 0.6)
      expect(s.symbols, text).toBe(0)
    }
  })
})

describe('documentFeatures', () => {
  const lines = [
    ...['Home', 'News', 'Sport', 'Weather', 'Contact'].map(text => ({ text, gapBefore: true })),
    { text: 'The council voted on Monday to close the old bridge to cars, after engineers found cracks in two of its supports.', gapBefore: true },
    { text: 'Repairs are expected to take at least a year, and the city has not yet said how it will pay for them.', gapBefore: true },
    { text: 'Home', gapBefore: true },
  ]
  const d = documentFeatures(lines, en)
  const at = featureOf(d)
  it('has one row of N_FEATURES per line', () => {
    expect(d.matrix.length).toBe(lines.length * N_FEATURES)
    expect(d.stats.length).toBe(lines.length)
  })
  it('measures runs of short lines', () => {
    expect(at(0, 'shortRun')).toBeCloseTo(Math.log(6))
    expect(at(5, 'shortRun')).toBe(0)
  })
  it('counts repetition inside the document', () => {
    expect(at(0, 'repeats')).toBe(1)
    expect(at(0, 'laterRepeat')).toBe(1)
    expect(at(7, 'laterRepeat')).toBe(0)
    expect(at(1, 'repeats')).toBe(0)
  })
  it('finds the main run of prose and the distance to it', () => {
    expect(d.region).toEqual([5, 6])
    expect(at(5, 'inRegion')).toBe(1)
    expect(at(0, 'inRegion')).toBe(0)
    expect(at(0, 'distRegion')).toBeLessThan(0)
    expect(at(7, 'distRegion')).toBeGreaterThan(0)
  })
  it('records position in the page', () => {
    expect(at(0, 'relPos')).toBe(0)
    expect(at(7, 'relPos')).toBe(1)
  })
})

describe('lineStats: the word scan', () => {
  // the scan must find exactly the words of this pattern (it replaced a match per word)
  const WORD_RE = /[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*/gu
  const CAP_RE = /^[\p{Lu}\p{Lt}]/u
  const cases = [
    "It's a well-known fact — don't 'quote' me - ok",
    'Ünïcödé Straße İstanbul ǅemal 𝐁old 𝒳 😀 emoji ١٢٣ arabic-digits ½',
    'קוראים עברית ושפות RTL, 中文没有空格, 한국어 문장',
    '上海地铁18号线二期开通 北陸新幹線が敦賀まで延伸 ｶﾀｶﾅ iPhone15の発売',
    "trailing- hyphen 'leading ’curly’ x-y-z 1-2 a'b'c",
    '\ud800 lone surrogate \udc00 and \ud83d\ude00 pair',
  ]
  // a match with ideographs or kana counts ceil(L / 2) words per run of L of them, one per other piece
  const CJK_RE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\u31f0-\u31ff]+|[^\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\u31f0-\u31ff]+/g
  const CJK_1 = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\u31f0-\u31ff]/
  const count = (w: string): number => (CJK_1.test(w) ? (w.match(CJK_RE) ?? []).reduce((a, p) => a + (CJK_1.test(p) ? Math.ceil(p.length / 2) : 1), 0) : 1)
  it.each(cases)('finds the words of WORD_RE in %j', (text) => {
    const words = text.match(WORD_RE) ?? []
    const s = lineStats(text, en)
    expect(s.words).toBe(words.reduce((a, w) => a + count(w), 0))
    expect(s.capWords).toBe(words.filter((w) => !CJK_1.test(w) && CAP_RE.test(w)).length)
  })
  it('tests case-insensitive cues against the lower-cased line', () => {
    expect(lineStats('LEAVE A REPLY', en).commentStart).toBe(true)
    expect(lineStats('MÄRZ 3, 2020', en).date).toBe(true)
    expect(lineStats('Posted By Ann Lee', en).byline).toBe(true)
    expect(lineStats('COPYRIGHT 2024 ACME', en).copyright).toBe(true)
  })
  it('gates the code pattern without changing it', () => {
    expect(lineStats('import os', en).codeLike).toBe(true)
    expect(lineStats('x => x + 1', en).codeLike).toBe(true)
    expect(lineStats('Call foo() twice', en).codeLike).toBe(true)
    expect(lineStats('Import duties rose again', en).codeLike).toBe(false)
  })
  it('keeps the content words and the template of a line', () => {
    const s = lineStats('Free standard shipping on orders $40 or more', en)
    expect(s.terms).toEqual(['free', 'standard', 'shipping', 'orders', 'more'].filter((w) => !en.has(w)))
    expect(s.head).toBe('free standard shipping')
    expect(s.tail).toBe('or more')
    expect(lineStats('Dec 18, 2025 ⋅ 15 min read', en).head).toBe('dec 0 0')
    expect(lineStats('Dec 19, 2025 ⋅ 3 min read', en).tail).toBe('min read')
  })
})

describe('documentFeatures: cohesion and templates', () => {
  const prose = [
    'Engineers began repairs on the old bridge on Monday, after cracks were found in two of its supports.',
    'The repairs to the bridge supports are expected to take a year, and the council will pay for them.',
    'Drivers will use the new ring road while the bridge is closed, which adds ten minutes to the trip.',
    'The council said that the bridge would reopen to cyclists first, once the supports are safe again.',
  ]
  const lines = [
    'Shop', 'Gift cards',
    'Bridge Repairs Begin',
    prose[0]!, 'Bridge supports', prose[1]!, prose[2]!, prose[3]!,
    'Free shipping on orders $40 or more', 'Free shipping on orders $60 or more', 'Free shipping on orders $80 or more',
  ].map((text) => ({ text, gapBefore: true }))
  const d = documentFeatures(lines, en)
  const at = featureOf(d)
  it('scores a heading that shares the article vocabulary above a menu item that does not', () => {
    expect(at(4, 'topicOverlap')).toBe(1)
    expect(at(2, 'topicOverlap')).toBeGreaterThan(0.5)
    expect(at(1, 'topicOverlap')).toBe(0)
    expect(at(1, 'regionOverlap')).toBe(0)
  })
  it('does not measure prose lines, nor pages with little prose', () => {
    expect(at(3, 'topicOverlap')).toBe(-1)
    const short = documentFeatures([{ text: 'Shop', gapBefore: true }, { text: prose[0]!, gapBefore: true }, { text: prose[2]!, gapBefore: true }], en)
    expect(featureOf(short)(0, 'topicOverlap')).toBe(-1)
    expect(featureOf(short)(2, 'topicOverlap')).toBe(-1)
  })
  it('counts lines cut from one template', () => {
    expect(at(8, 'headRepeats')).toBeCloseTo(Math.log(3))
    expect(at(8, 'tailRepeats')).toBeCloseTo(Math.log(3))
    expect(at(3, 'headRepeats')).toBe(0)
  })
})
