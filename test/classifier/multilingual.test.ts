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
      // the bare menu words stay (the classifier sees an extracted article), and Korean's bare
      // "동의" (agree) button, a poll answer as often as a cookie button
      expect(out.filter((l) => !article.includes(l)).length, 'noise left').toBeLessThanOrEqual(lang === 'ko' ? 6 : 5)
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

describe('Chinese, Japanese and Korean article lines that look like page furniture', () => {
  const kept = (text: string): string[] => linesOf(clean(text))
  it('keeps a Chinese news lead above a table (it was taken for a caption above the headline)', () => {
    const lines = [
      '绿光科技发布家用储能电池 台风停电也能用三天', '',
      '（台北讯）绿光科技今（5）日发布新一代家用储能电池“GL-10”，容量10度，可在停电时供应一般家庭约三天的基本用电。', '',
      '产品规格如下：', '项目 | 规格', '容量 | 10度', '重量 | 95公斤', '保修 | 10年', '',
      '“我们希望每个家庭都能有一块自己的电池。”林志明说。', '',
      '用户也可以选择每月1,299元的订阅方案，免去一次付清的负担，这对于许多年轻家庭来说是一个不错的选择。', '',
    ]
    expect(kept(lines.join('\n'))).toEqual(lines.filter(Boolean))
  })
  it('keeps a "read more" button\'s following subheadings (展开全文 heads no related list)', () => {
    const out = kept('冰雪旅游持续升温\n\n今年冬天，东北多地的冰雪旅游人数创下新高，不少游客专程前往哈尔滨体验冰雪大世界。\n\n展开全文\n\n冰雪游成为新亮点\n\n哈尔滨、长白山等地游客数量翻倍\n\n据统计，哈尔滨冰雪大世界单日接待游客超过8万人次，创下历史纪录。')
    expect(out).not.toContain('展开全文')
    for (const l of ['冰雪游成为新亮点', '哈尔滨、长白山等地游客数量翻倍']) expect(out).toContain(l)
  })
  it('keeps Korean sentences that speak of newsletters, comments and copyright notices', () => {
    const lines = [
      '뉴스레터를 구독하는 20~30대가 빠르게 늘고 있다. 포털 대신 메일함에서 하루의 뉴스를 확인하는 것이다.',
      '로그인 후 댓글을 작성하면 닉네임 옆에 최근 30일간 작성한 댓글 수가 함께 표시된다.',
      '무단 전재 및 재배포 금지 문구만으로는 콘텐츠를 보호하기 어렵다는 지적도 나온다.',
      '관련 기사 댓글 수 15% 감소',
    ]
    const text = ['포털 뉴스 댓글 정책이 바뀐다', ...lines].join('\n\n')
    for (const l of lines) expect(kept(text)).toContain(l)
  })
  it('removes a source label that names an agency, keeps one that names a statistics office', () => {
    const out = kept('物価、3カ月連続で上昇\n\n総務省が発表した5月の消費者物価指数は、前年同月比で2.5%上昇した。\n\n出典：総務省\n\n出典：共同通信')
    expect(out).toContain('出典：総務省')
    expect(out).not.toContain('出典：共同通信')
  })
  it('removes a cookie notice where "Cookie" runs into Chinese, and a Korean ⓒ copyright line', () => {
    const out = kept('上海地铁18号线二期开通\n\n12月28日上午，上海地铁18号线二期工程正式开通运营，进一步完善了区域的轨道交通网络。\n\n本网站使用Cookie来提升您的浏览体验。\n\nCopyright ⓒ 연합뉴스. All rights reserved.')
    expect(out).toHaveLength(2)
  })
})
