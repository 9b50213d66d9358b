import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { classifyLines, createStatsCache, type ClassifierLine, type ClassifierPreset } from '../../src/classifier/index.js'
import { ROOT, bagF1, evalDoc, evalIds, readLines } from './helpers.js'
import { classifyPrepared, isCell, prepare, tableLines } from '../../src/classifier/classify.js'
import fc from 'fast-check'
import { WEIGHTS } from '../../src/classifier/weights.js'
import { clean } from '../../src/index.js'

const kept = (lines: readonly ClassifierLine[], preset: ClassifierPreset): Set<number> => {
  const res = classifyLines(lines, { preset })
  return new Set(res.verdicts.flatMap((v, i) => (v.keep ? [i] : [])))
}

describe('sample corpus', () => {
  const labels = JSON.parse(readFileSync(join(ROOT, 'corpus', 'labels.json'), 'utf8')) as Record<string, Array<{ line: number; label: string; text: string }>>
  for (const name of Object.keys(labels)) {
    it(`keeps every content line of ${name}`, () => {
      const raw = readFileSync(join(ROOT, 'corpus', 'raw', name), 'utf8')
      const lines = readLines(raw)
      const res = classifyLines(lines)
      const norm = (s: string): string => s.replace(/[\s\u00a0]+/g, ' ').trim()
      const keptText = new Set(lines.filter((_, i) => res.verdicts[i]!.keep).map(l => l.text))
      const lost = labels[name]!.filter(b => b.label === 'content' && !keptText.has(norm(b.text))).map(b => b.text)
      expect(lost).toEqual([])
    })
  }
})

describe('presets', () => {
  const ids = evalIds().slice(0, 12)
  it('are ordered: precision keeps ⊇ balanced keeps ⊇ recall keeps', () => {
    let strictlyMore = 0
    for (const id of ids) {
      const lines = readLines(evalDoc('naive', id))
      const p = kept(lines, 'precision'), b = kept(lines, 'balanced'), r = kept(lines, 'recall')
      for (const i of b) expect(p.has(i)).toBe(true)
      for (const i of r) expect(b.has(i)).toBe(true)
      if (p.size > r.size) strictlyMore++
    }
    // the presets must actually differ on real pages
    expect(strictlyMore).toBeGreaterThan(ids.length / 2)
  })
  it('default to balanced', () => {
    const lines = readLines(evalDoc('naive', ids[0]!))
    expect(classifyLines(lines)).toEqual(classifyLines(lines, { preset: 'balanced' }))
  })

  it('throws on bad options, naming them', () => {
    const lines: ClassifierLine[] = [{ text: 'Home', gapBefore: false }]
    expect(() => classifyLines(lines, { preset: 'nope' as ClassifierPreset })).toThrow(/Unexpected preset 'nope' for classifyLines/)
    expect(() => classifyLines(lines, { bogus: 1 } as never)).toThrow(/Unexpected option 'bogus'/)
    expect(() => classifyLines(lines, { language: 'xx' })).toThrow(/Unexpected language 'xx'/)
    expect(() => classifyLines(lines, { knownChrome: 'x' as never })).toThrow(/Unexpected knownChrome x/)
    expect(classifyLines(lines, { language: '', knownChrome: 2, preset: 'recall' }).verdicts).toHaveLength(1)
  })
})

describe('safety valve', () => {
  it('does not wipe a short article made of short lines', () => {
    const text = [
      'Spring Planting Guide', 'Peas go in first', 'Then the onion sets', 'Lettuce likes the cool weeks',
      'Carrots need loose soil', 'Beans wait for warm nights', 'Water in the morning', 'Mulch keeps the roots cool',
      'Harvest when small and sweet',
    ].join('\n\n')
    const lines = readLines(text)
    const res = classifyLines(lines)
    const keptLines = res.verdicts.filter(v => v.keep).length
    expect(keptLines).toBeGreaterThanOrEqual(lines.length - 1)
  })
  it('does not wipe a short news brief', () => {
    const lines = readLines('Road closed\n\nThe A4 is closed near Bath after a crash.\n\nDrivers should avoid the area.')
    const res = classifyLines(lines)
    expect(res.verdicts.filter(v => v.keep).length).toBeGreaterThanOrEqual(2)
  })
  it('fires and says so when the first pass would remove almost everything', () => {
    const lines = readLines(['Home', 'About', 'Blog', 'Contact', 'Peas go in first', 'Then the onion sets', 'Beans wait for warm nights', 'Privacy', 'Terms'].join('\n\n'))
    const res = classifyLines(lines)
    if (res.fellBack) expect(res.note).toMatch(/safety valve/)
    expect(res.verdicts.filter(v => v.keep).length).toBeGreaterThan(0)
  })
})

describe('verdicts', () => {
  const lines = readLines(evalDoc('naive', evalIds()[0]!))
  const res = classifyLines(lines)
  it('are aligned with the input lines', () => {
    expect(res.verdicts.length).toBe(lines.length)
    expect(res.language).toBe('en')
  })
  it('explain every removal with the features that decided it', () => {
    const removed = res.verdicts.filter(v => !v.keep)
    expect(removed.length).toBeGreaterThan(0)
    for (const v of removed) {
      expect(['navigation', 'footer', 'related', 'comments', 'author', 'table', 'boilerplate']).toContain(v.label)
      expect(v.reason).toMatch(/\d+ lines?.*function-word density \d\.\d\d.*article probability \d\.\d\d/)
    }
    for (const v of res.verdicts.filter(v => v.keep)) expect(v).toEqual({ keep: true, label: 'content', reason: '' })
  })
  it('name a menu as navigation', () => {
    const nav = res.verdicts.findIndex((v, i) => lines[i]!.text === 'Meal Prep')
    expect(res.verdicts[nav]!.label).toBe('navigation')
    expect(res.verdicts[nav]!.reason).toMatch(/^navigation block \(\d+ lines, \d+ short, no sentence/)
  })
})

describe('determinism and edge cases', () => {
  it('gives the same result twice and regardless of earlier calls', () => {
    const ids = evalIds().slice(0, 4)
    const first = ids.map(id => classifyLines(readLines(evalDoc('naive', id))))
    const again = ids.reverse().map(id => classifyLines(readLines(evalDoc('naive', id)))).reverse()
    expect(again).toEqual(first)
  })
  it('handles an empty document and a single line', () => {
    expect(classifyLines([])).toEqual({ language: undefined, verdicts: [], fellBack: false, note: undefined })
    const one = classifyLines([{ text: 'Hello.', gapBefore: false }])
    expect(one.verdicts.length).toBe(1)
  })
  it('honours an explicit language', () => {
    const lines = readLines(evalDoc('naive', evalIds()[1]!))
    expect(classifyLines(lines, { language: 'de' }).language).toBe('de')
  })
  it('works on text without blank lines (one line per paragraph)', () => {
    const file = readdirSync(join(ROOT, 'corpus', 'raw')).find(f => f.startsWith('002'))!
    const lines = readLines(readFileSync(join(ROOT, 'corpus', 'raw', file), 'utf8'))
    expect(lines.every(l => !l.gapBefore)).toBe(true)
    expect(classifyLines(lines).verdicts.every(v => v.keep)).toBe(true)
  })
})

describe('line statistics cache', () => {
  it('gives the same verdicts with and without a cache, and across calls that share it', () => {
    const cache = createStatsCache()
    for (const id of evalIds().slice(0, 6)) {
      const lines = readLines(evalDoc('naive', id))
      const plain = classifyLines(lines)
      expect(classifyLines(lines, {}, cache)).toEqual(plain)
      // a later round: only the kept lines, a blank line between each
      const kept = lines.filter((_, i) => plain.verdicts[i]!.keep).map(l => ({ text: l.text, gapBefore: true }))
      expect(classifyLines(kept, {}, cache)).toEqual(classifyLines(kept))
    }
  })
})

describe('headings', () => {
  it('keeps the heading of a kept list', () => {
    const text = 'Home\n\nNews\n\nSport\n\nContact\n\nThese pancakes take ten minutes to make and need nothing you do not already have in the kitchen.\n\nIngredients\n\n2 eggs\n\n200 g flour\n\n1 cup milk\n\nWhisk the eggs with the milk, then fold in the flour until the batter is smooth and leave it to rest for ten minutes.\n\nPour a ladle of batter into a hot buttered pan, tilt it to cover the base and cook each side for about a minute.\n\nAbout us\n\nCareers'
    const lines = readLines(text)
    const res = classifyLines(lines)
    const keptText = lines.filter((_, i) => res.verdicts[i]!.keep).map(l => l.text)
    expect(keptText.slice(1, 5)).toEqual(['Ingredients', '2 eggs', '200 g flour', '1 cup milk'])
    // the first and the last paragraph of a short article stay, next to a menu and a footer
    expect(keptText[0]).toMatch(/^These pancakes/)
    expect(keptText[keptText.length - 1]).toMatch(/^Pour a ladle/)
    expect(keptText).not.toContain('Home')
  })
})

describe('a block announced by a colon', () => {
  // The scores are given, so that the test is about the context rule and not the fitted trees:
  // the code listing scores low enough for the decoder to drop it, but not chrome with confidence.
  const code = ['{', '"cache": {', '"enabled": true,', '"ttl": 600,', '"size": 64', '},', '"log": "warn"', '}']
  const after = [
    'Restart the server afterwards, and the cache is used for every request that it serves from then on.',
    'The time to live is given in seconds, so this example keeps each answer for ten minutes before it asks again.',
    'The size is given in megabytes, and the oldest answers make room for new ones once the cache is full.',
  ]
  const text = [
    'The new release of the server keeps the answers to frequent requests in memory, which makes busy sites faster.',
    'To turn the cache on, add these lines to the configuration file:',
    ...code, ...after, 'About us', 'Careers', 'Advertise',
  ].join('\n\n')
  const lines = readLines(text)
  const run = (lastCodeScore: number): string[] => {
    const scores = Float64Array.from(lines, (_, i) => (i < 2 || (i >= 10 && i < 13) ? 4 : i >= 13 ? -6 : i === 9 ? lastCodeScore : -2.9))
    const res = classifyPrepared(prepare(lines), WEIGHTS, 'balanced', scores)
    return lines.filter((_, i) => res.verdicts[i]!.keep).map(l => l.text)
  }
  it('keeps the listing between the kept line that announces it and the kept prose below', () => {
    expect(run(-2.9)).toEqual(lines.slice(0, 13).map(l => l.text))
  })
  it('keeps a block of up to 20 lines, not 21', () => {
    const keptOf = (k: number): number => {
      const block = Array.from({ length: k }, (_, i) => `"key${i}": ${i},`)
      const texts = [lines[0]!.text, lines[1]!.text, ...block, ...after, 'About us', 'Careers', 'Advertise']
      const ls = texts.map(text => ({ text, gapBefore: true }))
      const scores = Float64Array.from(texts, (_, i) => (i < 2 || (i >= 2 + k && i < 5 + k) ? 4 : i >= 5 + k ? -6 : -2.9))
      const res = classifyPrepared(prepare(ls), WEIGHTS, 'balanced', scores)
      return res.verdicts.slice(2, 2 + k).filter(v => v.keep).length
    }
    expect(keptOf(20)).toBe(20)
    expect(keptOf(21)).toBeLessThan(21)
  })
  it('leaves it to the decoder when a line of the block is chrome with confidence', () => {
    const keptText = run(-3.5)
    expect(keptText).not.toContain('"enabled": true,')
    expect(keptText).toContain(after[0])
  })
})

describe('block labels', () => {
  it('calls a removed run of number cells a data table, not a comment thread', () => {
    const prose = 'Home prices rose again in most large cities last year, although the pace slowed in the second half.'
    const cells = ['1/1/2013', '+13.1%', '2/1/2013', '+12.8%', '3/1/2013', '+11.9%', '4/1/2013', '+10.2%']
    const lines = readLines([prose, prose.replace('rose', 'climbed'), ...cells].join('\n\n'))
    const scores = Float64Array.from(lines, (_, i) => (i < 2 ? 4 : -6))
    const res = classifyPrepared(prepare(lines), WEIGHTS, 'balanced', scores)
    expect(res.verdicts.slice(2).map(v => v.label)).toEqual(cells.map(() => 'table'))
    expect(res.verdicts[2]!.reason).toMatch(/^data table \(8 lines/)
  })
})

describe('number tables', () => {
  const statsOf = (texts: string[]) => prepare(texts.map(text => ({ text, gapBefore: true }))).features.stats
  it('finds a run of number cells with their row labels', () => {
    const texts = ['Rank', 'State', 'Score', '1', 'North Dakota', '82.0', '2', 'Vermont', '80.8', '3', 'Nebraska', '78.0']
    expect(Array.from(tableLines(statsOf(texts)))).toEqual([0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1])
  })
  it('takes a short line after a leading number for a cell, with row labels between cells', () => {
    const texts = ['School', '11 (tie)', 'Columbia Business School', '8 (tie)', '51% / 44%', '20%', '57%', '3.6', '729', '$162,099',
      '11 (tie)', 'Duke Fuqua School of Business', '12 (tie)', '39% / 48%', '21%', '55%', 'Read our full ranking methodology here.']
    expect(Array.from(tableLines(statsOf(texts)))).toEqual(texts.map((_, i) => (i >= 1 && i <= 15 ? 1 : 0)))
  })
  it('bridges up to two row labels in a row, not three', () => {
    const cells = ['82.0%', '80.8%', '78.1%', '$4,302', '$3,950', '+2.5%']
    const withLabels = (k: number): string[] => [...cells.slice(0, 3), ...Array.from({ length: k }, (_, i) => `Label ${'abcd'[i]}`), ...cells.slice(3)]
    expect(Array.from(tableLines(statsOf(withLabels(2)))).every(x => x === 1)).toBe(true)
    expect(Array.from(tableLines(statsOf(withLabels(3)))).every(x => x === 0)).toBe(true)
  })
  it('takes no table from bare integers alone (pagination, a share bar) nor from copyright lines', () => {
    expect(Array.from(tableLines(statsOf(['1', '2', '3', '4', '5', '6', '7', 'Next »']))).every(x => x === 0)).toBe(true)
    expect(Array.from(tableLines(statsOf(['© 2024', '© 2023', '© 2022', '82.0%', '80.8%', '78.1%']))).every(x => x === 0)).toBe(true)
  })
  it('finds none in a list of videos with their running times, nor in a menu', () => {
    const videos = ['32:03', 'Author interview on writing history', '27:30', 'Myths and realities of ageing', '13:05', 'Life after retirement', '16:34', 'Choosing community living', '04:34', 'Peace of mind', '06:37', 'Love across cultures']
    expect(Array.from(tableLines(statsOf(videos))).every(x => x === 0)).toBe(true)
    expect(Array.from(tableLines(statsOf(['Home', 'News', 'Sport', 'Weather', 'Contact', 'About us']))).every(x => x === 0)).toBe(true)
  })
  it('does not let a long table inside the article cut it in two', () => {
    const prose = (k: number): string => `Prices rose again in most large cities in the year ${2010 + k}, although the pace slowed down in the second half of it.`
    const cells = Array.from({ length: 40 }, (_, k) => (k % 2 ? `+${(k / 3).toFixed(1)}%` : `${1 + (k % 12)}/1/${2013 + Math.floor(k / 24)}`))
    const texts = [prose(0), prose(1), prose(2), ...cells, prose(3), prose(4), prose(5), 'About us', 'Careers', 'Contact']
    const lines = texts.map(text => ({ text, gapBefore: true }))
    // the trees' view of the cells: short lines without function words, chrome but not with confidence
    const scores = Float64Array.from(texts, (_, i) => (i < 3 || (i >= 43 && i < 46) ? 4 : i >= 46 ? -6 : -2.5))
    const res = classifyPrepared(prepare(lines), WEIGHTS, 'balanced', scores)
    expect(res.verdicts.map(v => v.keep)).toEqual(texts.map((_, i) => i < 46))
  })
  it('keeps a kept table whole but for the lines the trees call chrome with confidence', () => {
    const prose = (k: number): string => `Prices rose again in most large cities in the year ${2010 + k}, although the pace slowed down in the second half of it.`
    const cells = Array.from({ length: 12 }, (_, k) => (k % 2 ? `+${(k / 3).toFixed(1)}%` : `${1 + k}/1/2013`))
    const texts = [prose(0), prose(1), prose(2), ...cells, prose(3), prose(4), prose(5), 'About us', 'Careers', 'Contact']
    // a hole: one cell scored a little lower than its neighbours; the decoder drops it alone
    const scores = Float64Array.from(texts, (_, i) => (i < 3 || (i >= 15 && i < 18) ? 4 : i >= 18 ? -6 : i === 8 ? -2.9 : -2.5))
    const res = classifyPrepared(prepare(texts.map(text => ({ text, gapBefore: true }))), WEIGHTS, 'balanced', scores)
    expect(res.verdicts.map(v => v.keep)).toEqual(texts.map((_, i) => i < 18))
  })
  it('keeps the row labels of a kept table that the trees call chrome with confidence', () => {
    const prose = (k: number): string => `Business schools reported their figures again in the year ${2010 + k}, and the rankings moved only a little at the top.`
    const schools = ['North Valley School of Business', 'Lakeside School of Management', 'Hill Graduate School', 'River College of Business']
    const rows = schools.flatMap((name, k) => [String(k + 1), name, `${30 + k}%`, `$${170 + k},000`])
    const texts = [prose(0), prose(1), prose(2), ...rows, prose(3), prose(4), 'About us', 'Careers']
    const lines = texts.map(text => ({ text, gapBefore: true }))
    expect(Array.from(tableLines(prepare(lines).features.stats)).slice(3, 19).every(x => x === 1)).toBe(true)
    // the trees' view: a school's name alone on its line reads as a menu item
    const scores = Float64Array.from(texts, (t, i) => (i < 3 || (i >= 19 && i < 21) ? 4 : i >= 21 ? -6 : schools.includes(t) ? -4 : -1.5))
    const res = classifyPrepared(prepare(lines), WEIGHTS, 'balanced', scores)
    expect(res.verdicts.map(v => v.keep)).toEqual(texts.map((_, i) => i < 21))
  })
  it('keeps no footer line that the table run took in, when the trees call it chrome with confidence', () => {
    const prose = (k: number): string => `Prices rose again in most large cities in the year ${2010 + k}, although the pace slowed down in the second half of it.`
    const cells = Array.from({ length: 12 }, (_, k) => (k % 2 ? `+${(k / 3).toFixed(1)}%` : `${1 + k}/1/2013`))
    const footer = ['About us', 'Tel. 555-1234', '10115 Berlin']
    const texts = [prose(0), prose(1), prose(2), ...cells, ...footer]
    const lines = texts.map(text => ({ text, gapBefore: true }))
    expect(Array.from(tableLines(prepare(lines).features.stats)).slice(15)).toEqual([1, 1, 1]) // taken in as row labels and cells
    const scores = Float64Array.from(texts, (_, i) => (i < 3 ? 4 : i >= 15 ? -6 : -1))
    const res = classifyPrepared(prepare(lines), WEIGHTS, 'balanced', scores)
    expect(res.verdicts.slice(15).map(v => v.keep)).toEqual([false, false, false])
    expect(res.verdicts.slice(3, 15).every(v => v.keep)).toBe(true)
  })
})

describe('number tables (property)', () => {
  const pool = ['+12.5%', '3', '$4,302', '11 (tie)', '1/1/2013', 'North Dakota', 'Home', 'Contact us',
    'The council voted on Tuesday to close the old bridge to traffic for repairs.']
  it('marks only runs of 6+ cells that make up 60% of the run, with at most 2 other lines in a row', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pool), { maxLength: 60 }), (texts) => {
      const stats = prepare(texts.map(text => ({ text, gapBefore: true }))).features.stats
      const table = tableLines(stats)
      for (let i = 0; i < texts.length;) {
        if (!table[i]) { i++; continue }
        let j = i
        while (j < texts.length && table[j]) j++
        const cell = stats.slice(i, j).map(isCell)
        const cells = cell.filter(Boolean).length
        expect(cell[0] && cell[cell.length - 1]).toBe(true)
        expect(cells).toBeGreaterThanOrEqual(6)
        expect(cells).toBeGreaterThanOrEqual(0.6 * (j - i))
        expect(cell.join('').includes('falsefalsefalse')).toBe(false)
        i = j
      }
    }), { numRuns: 300 })
  })
  it('marks every line of a run of 6 or more value cells set apart from other cells', () => {
    const values = ['+12.5%', '$4,302', '1/1/2013', '3.7', '11 (tie)', '44% / 35%']
    // (three lines without a cell before the run: a sparse run of cells that ran on into the table
    // would be judged as one run with it, and may fail the share as a whole)
    const apart = ['The table below lists the figures for every year of the study.', 'Source: the research group.', 'Figures are rounded.']
    fc.assert(fc.property(fc.array(fc.constantFrom(...values), { minLength: 6, maxLength: 40 }), fc.array(fc.constantFrom(...pool), { maxLength: 10 }), (cells, before) => {
      const texts = [...before, ...apart, ...cells]
      const table = tableLines(prepare(texts.map(text => ({ text, gapBefore: true }))).features.stats)
      expect(Array.from(table.slice(texts.length - cells.length))).toEqual(cells.map(() => 1))
    }), { numRuns: 200 })
  })
})

describe('clean-document guard', () => {
  // light input of wcxb-0018: a guide, then a list of the 50 states that links to other guides;
  // the trees are sure of no line that it is chrome
  const lines = readLines(evalDoc('light', 'wcxb-0018'))
  const gold = evalDoc('gold', 'wcxb-0018')
  const all = lines.map((l) => l.text).join('\n')
  it('keeps every line of a text with no line the model is sure is chrome (an extracted article)', () => {
    expect(classifyLines(lines).verdicts.every((v) => v.keep)).toBe(true)
  })
  it('gives a page on which other cleaners found chrome the precision preset instead', () => {
    const known = classifyLines(lines, { knownChrome: 1 })
    const removed = known.verdicts.filter((v) => !v.keep)
    expect(removed.length).toBeGreaterThan(10)
    expect(classifyLines(lines, { knownChrome: 1, preset: 'recall' }).verdicts).toEqual(known.verdicts)
    expect(classifyLines(lines, { knownChrome: 1, preset: 'precision' }).verdicts).toEqual(known.verdicts)
    // what goes is not article text: recall stays, precision rises
    const kept = lines.filter((_, i) => known.verdicts[i]!.keep).map((l) => l.text).join('\n')
    expect(bagF1(kept, gold).r).toBeGreaterThanOrEqual(bagF1(all, gold).r - 0.005)
    expect(bagF1(kept, gold).p).toBeGreaterThan(bagF1(all, gold).p + 0.05)
  })
})

describe('the headline above the article', () => {
  it('keeps the headline the page prints under its title with the site name, for duplicate-title to keep', () => {
    // light input of wcxb-0011: "<headline> — <site>", then "<headline>", a category, a date, a byline
    const text = evalDoc('light', 'wcxb-0011')
    const lines = readLines(text)
    expect(lines[0]!.text.startsWith(lines[1]!.text)).toBe(true)
    expect(classifyLines(lines, { knownChrome: 1 }).verdicts[1]!.keep).toBe(true)
    expect(clean(text).split('\n')[0]).toBe(lines[1]!.text)
  })
  it('of two candidates as long, takes the one with function words, not an author with credentials', () => {
    // light input of wcxb-0003: the headline twice, "Report this article", the author's name twice
    const lines = readLines(evalDoc('light', 'wcxb-0003'))
    expect(lines[3]!.text).toBe(lines[4]!.text)
    const v = classifyLines(lines, { knownChrome: 1 }).verdicts
    expect(v[1]!.keep).toBe(true)
    expect([v[3]!.keep, v[4]!.keep]).toEqual([false, false])
  })
})
