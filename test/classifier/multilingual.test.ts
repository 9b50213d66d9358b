/**
 * The classifier on news pages in other languages and scripts (test/fixtures/multilingual: an
 * article with its site's own menu, breadcrumb, share buttons and footer; `mixed` adds the English
 * button labels many non-English sites keep; `light` is the article and its footer only). The
 * headline and the standfirst under it are article text in every language: headlines set in
 * sentence case (Dutch, Swedish, Italian, Turkish), German with its capitalised nouns, scripts
 * without case (Hebrew, Korean) and scripts written without spaces (Chinese, Japanese).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { clean } from '../../src/index.js'
import { detectLanguage } from '../../src/classifier/language.js'
import { ROOT } from './helpers.js'

const fixture = (name: string): string => readFileSync(join(ROOT, 'test', 'fixtures', 'multilingual', `${name}.txt`), 'utf8')
const linesOf = (text: string): string[] => text.split('\n').map((l) => l.trim()).filter(Boolean)

/** name, the lines that must stay (headline, standfirst), the page chrome that must go. */
const CASES: Array<[string, string[], string[]]> = [
  ['nl.noisy', ['Populaire fietsroute langs de Maas krijgt verlichting op zonne-energie', 'Provincie Limburg trekt 3,2 miljoen euro uit voor veiliger fietspad tussen Maastricht en Roermond'], ['Ga naar inhoud', 'Nieuws', 'Cultuur']],
  ['sv.noisy', ['Rekordmånga följde norrskenet över Sverige i natt', 'Solstormen var den kraftigaste på över 20 år enligt SMHI'], ['Hoppa till innehåll', 'Nyheter']],
  ['de.noisy', ['Mathe-Offensive: Grundschulen in Sachsen bekommen mehr Rechenstunden', 'Ab dem neuen Schuljahr sollen Kinder täglich üben – Lehrerverband warnt vor Personalmangel'], ['Zum Inhalt springen', 'Politik']],
  ['it-b.noisy', ['Maturità 2024, le tracce della prima prova: Ungaretti e Pirandello', 'Oltre 500mila studenti alle prese con il tema di italiano'], ['Vai al contenuto', 'Politica']],
  ['tr.mixed', ["İstanbul'da yeni metro hattı hizmete girdi", 'Kabataş-Mecidiyeköy hattı günde 250 bin yolcu taşıyacak'], ['Search', 'İçeriğe geç', 'Spor']],
  ['he.mixed', ['רכבת ישראל משיקה קו ישיר מבאר שבע לחיפה', 'הנסיעה תימשך שעתיים ועשרים דקות, ללא החלפת רכבות'], ['Search', 'דלג לתוכן', 'תרבות']],
  ['ko.mixed', ['서울시, 한강 수상버스 내년 3월 운항 시작', '마곡에서 잠실까지 7개 선착장, 출퇴근 시간 15분 간격 운행'], ['Search', '본문 바로가기', '스포츠']],
  ['zh.light', ['上海地铁18号线二期开通 浦东新增7座车站', '全线贯通后，从长江南路到航头的时间缩短至70分钟', '记者 王晓明'], []],
  ['ja.light', ['北陸新幹線が敦賀まで延伸 金沢から最短1時間20分', '開業初日は約2万人が利用、沿線自治体は観光客増に期待', '記者：佐藤美咲'], []],
]

describe('headline and standfirst in other languages and scripts', () => {
  for (const [name, keep, drop] of CASES) {
    it(`${name}: keeps the headline and the standfirst, removes the menu`, () => {
      const input = fixture(name)
      for (const l of [...keep, ...drop]) expect(linesOf(input), `fixture holds ${l}`).toContain(l)
      const out = linesOf(clean(input))
      for (const l of keep) expect(out).toContain(l)
      for (const l of drop) expect(out).not.toContain(l)
      // the article's first paragraph is there too
      const first = linesOf(input).find((l) => l.length > 60 && !keep.includes(l))!
      expect(out).toContain(first)
    })
  }
})

describe('language of a Turkish article', () => {
  it('is detected (Turkish writes fewer separate function words than the 8 % the vote wants of other languages)', () => {
    const article = linesOf(fixture('tr.mixed')).filter((l) => !/^(?:Search|Login|Facebook|Twitter|WhatsApp|Telegram|Email|Print)$/.test(l)).join('\n')
    expect(detectLanguage(article)).toBe('tr')
  })
})

describe('Chinese, Japanese and Korean page furniture (phrase data zh, ja, ko)', () => {
  for (const lang of ['zh', 'ja', 'ko']) {
    it(`${lang}: removes the comment form, share buttons, related list, cookie and copyright lines, keeps every article line`, () => {
      const article = linesOf(fixture(`${lang}.clean`))
      const page = fixture(`${lang}.noisy`)
      // the article alone, with its traps (sentences that speak of sharing, cookies, subscribing), stays whole
      expect(linesOf(clean(article.join('\n\n')))).toEqual(article)
      const out = linesOf(clean(page))
      expect(out.filter((l) => !article.includes(l)).length, 'noise left').toBeLessThanOrEqual(5) // the bare menu words
      for (const l of article) expect(out).toContain(l)
      const removed = linesOf(page).filter((l) => !out.includes(l))
      expect(removed.length).toBeGreaterThanOrEqual(15)
    })
  }
})

describe('a German article hard-wrapped with hyphenation, a table and a short closing line', () => {
  it('rejoins its words, keeps the table rows and the closing line', () => {
    const out = linesOf(clean(fixture('de-c.clean')))
    expect(out).toContain('Die nächste Preisanpassung ist für Juli geplant.')
    for (const row of ['Jahr | Preis je MWh | Veränderung', '2023 | 148 Euro | +31 %', '2025 | 115 Euro | -12 %']) expect(out).toContain(row)
    const text = out.join('\n')
    for (const w of ['Haushalte', 'Plattenbausiedlungen', 'Anteil', 'Service- und Kundenzentren', 'wenden']) expect(text).toContain(w)
    expect(out.length).toBeGreaterThanOrEqual(10)
  })
})
