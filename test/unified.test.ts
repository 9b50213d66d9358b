import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { unified, type Plugin } from 'unified'
import { retext } from 'retext'
import retextLatin from 'retext-latin'
import retextSmartypants from 'retext-smartypants'
import retextStringify from 'retext-stringify'
import { VFile } from 'vfile'
import { reporter } from 'vfile-reporter'
import { clean, cleanWithReport } from '../src/index.js'
import type { CleanOptions, CleanerDefinition, Position } from '../src/types.js'
import { attachMessages, unscrape, unscrapePreset } from '../src/unified.js'
import { ROOT, sampleCorpus } from './helpers/corpus.js'

const RAW_004 = readFileSync(join(ROOT, 'corpus/raw/004_573cd695cfdfaa3f.txt'), 'utf8')
/** 004 as a scraper that straightens quotes would have saved it. */
const STRAIGHT_004 = RAW_004.replace(/[‘’]/g, "'").replace(/[“”]/g, '"')

/** What smartypants alone makes of a text (retext parse, smartypants, stringify). */
const smarten = (text: string) => String(retext().use(retextSmartypants).processSync(text))

/** 1-based line and column of `offset` in `text` (line breaks as unscrape counts them). */
function pointAt(text: string, offset: number): { line: number; column: number; offset: number } {
  const before = text.slice(0, offset)
  const breaks = [...before.matchAll(/\r\n|\r|\n|\u2028|\u2029/g)]
  const last = breaks.at(-1)
  const lineStart = last ? last.index! + last[0].length : 0
  return { line: breaks.length + 1, column: offset - lineStart + 1, offset }
}

/** A tiny pipeline of the test's own cleaners, so the inline snapshot does not move with the bundled ones. */
function define<O extends object>(d: Omit<CleanerDefinition<O>, 'category' | 'enabled' | 'defaults' | 'examples'> & Partial<CleanerDefinition<O>>): CleanerDefinition {
  return { category: 'noise', enabled: true, defaults: {}, examples: [], ...d } as CleanerDefinition
}
const shout = define({
  id: 'shout', stage: 'line', description: 'Lines in capitals.',
  compile: () => (ctx) => (/^[A-Z !]+$/.test(ctx.text) ? `shouting \`${ctx.text}\`` : null),
})
const tilde = define({
  id: 'tilde', stage: 'rewrite', description: 'Tildes as dashes.',
  compile: () => (text) => {
    const at = text.indexOf(' ~ ')
    return at < 0 ? null : [{ start: at + 1, end: at + 2, text: '–' }]
  },
})
const echo = define({
  id: 'echo', stage: 'document', description: 'The first line again.',
  compile: () => (doc) => {
    const [first, ...rest] = doc.kept()
    const head = doc.lines[first!]!
    for (const i of rest) {
      if (doc.lines[i]!.text !== head.text) continue
      const place: Position = {
        start: { line: head.line, column: 1, offset: head.start },
        end: { line: head.line, column: head.raw.length + 1, offset: head.end },
      }
      doc.remove(i, 'echo', `repeated first line \`${head.text}\``, { cause: { reason: `First line at line ${head.line}`, place } })
    }
  },
})
const TOY: CleanOptions = { preset: [shout, tilde, echo] }
const TOY_TEXT = 'Title\n\nBUY NOW!\n\nSome text ~ with a tilde.\n\nTitle\n'

describe('unscrape/unified', () => {
  it('retext().use(unscrape).use(retextSmartypants) gives clean, typographic text', () => {
    const file = retext().use(unscrape).use(retextSmartypants).use(retextStringify).processSync(STRAIGHT_004)
    const out = String(file)
    // The same as clean() then smartypants.
    expect(out).toBe(smarten(clean(STRAIGHT_004)))
    // Noise gone…
    expect(out).not.toContain('READ:')
    expect(out).not.toContain('HomePolitics')
    expect(out).not.toContain('Login To Facebook To Comment')
    expect(out.split('Mexican President Rejects').length - 1).toBe(1)
    // …and straight quotes curly again.
    expect(STRAIGHT_004).toContain(`"He said, 'How can we help you`)
    expect(out).toContain('“He said, ‘How can we help you')
    expect(out).toContain('Trump’s Offer')
    expect(out).not.toMatch(/["']/)
  })

  it('the untouched sample 004 (already curly) comes out as clean() then smartypants', () => {
    const out = String(retext().use(unscrape).use(retextSmartypants).use(retextStringify).processSync(RAW_004))
    expect(out).toBe(smarten(clean(RAW_004)))
    expect(out).not.toContain('READ:')
  })

  it('works after the parser (unified().use(retextLatin).use(unscrape, options))', () => {
    const options: CleanOptions = { cleaners: { 'cross-link': false }, format: 'preserve' }
    const out = String(unified().use(retextLatin).use(unscrape, options).use(retextStringify).processSync(RAW_004))
    expect(out).toBe(clean(RAW_004, options))
    expect(out).toContain('READ: Deported 6 Times')
  })

  it('works before the parser (unified().use(unscrape).use(retextLatin))', () => {
    const file = unified().use(unscrape).use(retextLatin).use(retextStringify).processSync(RAW_004)
    expect(String(file)).toBe(clean(RAW_004))
    expect(file.messages.length).toBe(cleanWithReport(RAW_004).messages.length)
  })

  it('wraps a parser set with the deprecated `Parser` field too', () => {
    const legacy = function (this: { Parser: unknown }) {
      this.Parser = (doc: string) => ({ type: 'text', value: doc })
    } as unknown as Plugin
    const tree = unified().use(unscrape).use(legacy).parse(RAW_004) as unknown as { value: string }
    expect(tree.value).toBe(clean(RAW_004))
  })

  it('builds the tree from the clean text; file.value is the clean text, the original is kept', () => {
    const file = new VFile({ path: '004.txt', value: RAW_004 })
    const processor = retext().use(unscrape)
    const tree = processor.parse(file)
    const text = clean(RAW_004)
    expect(file.value).toBe(text)
    expect(tree.position?.end.offset).toBe(text.length)
    expect(processor.stringify(tree)).toBe(text)
    expect(file.data.unscrape?.original).toBe(RAW_004)
    expect(file.data.unscrape?.text).toBe(text)
    expect(file.data.unscrape?.stats.inputChars).toBe(RAW_004.length)
    // Parsing the same file again does not clean (or report) twice.
    const count = file.messages.length
    processor.parse(file)
    expect(file.messages.length).toBe(count)
  })

  it('attaches every message in ORIGINAL coordinates, with actual and expected', () => {
    for (const doc of sampleCorpus()) {
      const file = retext().use(unscrape).processSync(new VFile({ path: doc.name, value: doc.raw }))
      const report = cleanWithReport(doc.raw)
      expect(file.messages.length).toBe(report.messages.length)
      file.messages.forEach((m, i) => {
        const want = report.messages[i]!
        expect(m.source).toBe('unscrape')
        expect(m.ruleId).toBe(want.ruleId)
        expect(m.reason).toBe(want.reason)
        expect(m.fatal).toBe(false)
        expect(m.file).toBe(doc.name)
        expect(m.expected).toEqual(want.expected)
        const place = m.place as Position
        expect(place).toEqual(want.place)
        expect(m.line).toBe(place.start.line)
        expect(m.column).toBe(place.start.column)
        expect(pointAt(doc.raw, place.start.offset)).toEqual(place.start)
        expect(pointAt(doc.raw, place.end.offset)).toEqual(place.end)
        if (want.kind !== 'document') expect(doc.raw.slice(place.start.offset, place.end.offset)).toBe(m.actual)
        expect((m as unknown as { kind: string }).kind).toBe(want.kind)
      })
    }
  })

  it('vfile-reporter prints the messages like lint warnings (toy cleaners)', () => {
    const file = retext().use(unscrape, TOY).processSync(new VFile({ path: 'toy.txt', value: TOY_TEXT }))
    expect(String(file)).toBe('Title\n\nSome text – with a tilde.\n')
    expect(reporter(file, { color: false })).toMatchInlineSnapshot(`
      "toy.txt
      3:1-3:9     warning Unexpected shouting \`BUY NOW!\`, expected article text         shout unscrape
      5:11-5:12   warning Unexpected \`~\`, expected \`–\`                                  tilde unscrape
      7:1-7:6     warning Unexpected repeated first line \`Title\`, expected article text echo  unscrape
        [cause]:
          1:1-1:6 info    First line at line 1                                          echo  unscrape

      ⚠ 3 warnings"
    `)
  })

  it('vfile-reporter output for sample 004 (file snapshot)', async () => {
    const file = retext().use(unscrape).processSync(new VFile({ path: '004_573cd695cfdfaa3f.txt', value: RAW_004 }))
    await expect(reporter(file, { color: false }) + '\n').toMatchFileSnapshot('./__snapshots__/unified-004.report.txt')
  })

  it('attachMessages maps a cleanWithReport result onto any vfile', () => {
    const { messages } = cleanWithReport(TOY_TEXT, TOY)
    const file = new VFile({ path: 'toy.txt', value: TOY_TEXT })
    const added = attachMessages(file, messages)
    expect(added).toHaveLength(3)
    expect(file.messages).toEqual(added)
    const echoed = added.find((m) => m.ruleId === 'echo')!
    expect(echoed.cause).toMatchObject({ reason: 'First line at line 1', file: 'toy.txt', place: { start: { line: 1, column: 1, offset: 0 } } })
    expect(added.find((m) => m.ruleId === 'tilde')).toMatchObject({ actual: '~', expected: ['–'] })
  })

  it('throws at setup on bad options, naming the bad value', () => {
    const bad = () => retext().use(unscrape, { preset: 'nope' } as unknown as CleanOptions)
    expect(() => bad().freeze()).toThrow(/'nope'/)
    expect(() => bad().processSync('Text.')).toThrow(/'nope'/)
    expect(() => retext().use(unscrape, { colour: 'red' } as unknown as CleanOptions).freeze()).toThrow(/'colour'/)
    expect(() => retext().use(unscrape, { cleaners: { 'no-such-cleaner': false } }).freeze()).toThrow(/'no-such-cleaner'/)
  })

  describe('unified conventions', () => {
    const run = (processor: { processSync(value: string): VFile }) => String(processor.processSync(RAW_004))

    it('`false` turns it off; `true` and no options mean the defaults', () => {
      expect(run(retext().use(unscrape, false))).toBe(RAW_004)
      expect(run(retext().use(unscrape, { format: 'preserve' }).use(unscrape, false))).toBe(RAW_004)
      expect(run(retext().use(unscrape, true))).toBe(clean(RAW_004))
      expect(run(retext().use(unscrape, false).use(unscrape, { format: 'preserve' }))).toBe(clean(RAW_004, { format: 'preserve' }))
    })

    it('merges the options of repeated .use() calls', () => {
      const out = run(retext().use(unscrape, { cleaners: { 'cross-link': false } }).use(unscrape, { format: 'preserve' }).use(unscrape, { cleaners: { breadcrumb: false, boilerplate: false } }))
      expect(out).toBe(clean(RAW_004, { cleaners: { 'cross-link': false, breadcrumb: false, boilerplate: false }, format: 'preserve' }))
      expect(out).toContain('READ:')
      expect(out).toContain('HomePolitics')
      // A later bare .use(unscrape) keeps the options.
      expect(run(retext().use(unscrape, { format: 'preserve' }).use(unscrape))).toBe(clean(RAW_004, { format: 'preserve' }))
    })

    it('unscrapePreset is a unified preset that merges with .use(unscrape, …) and copies its options', () => {
      const options: CleanOptions = { cleaners: { 'cross-link': false } }
      const preset = unscrapePreset(options)
      expect(preset).toEqual({ plugins: [[unscrape, options]] })
      expect(run(retext().use(preset))).toBe(clean(RAW_004, options))
      expect(run(retext().use(preset).use(unscrape, { format: 'preserve' }))).toBe(clean(RAW_004, { ...options, format: 'preserve' }))
      expect(options).toEqual({ cleaners: { 'cross-link': false } }) // not changed by unified's merge
      // In a shareable configuration, next to other plugins.
      const config = { plugins: [unscrapePreset({ preset: 'conservative' }), retextSmartypants] }
      expect(run(retext().use(config))).toBe(smarten(clean(RAW_004, { preset: 'conservative' })))
      // Without options it does not reset earlier ones.
      expect(run(retext().use(unscrape, { format: 'preserve' }).use(unscrapePreset()))).toBe(clean(RAW_004, { format: 'preserve' }))
    })
  })

  it('warns when it did not clean because the tree was parsed elsewhere', () => {
    const tree = retext().parse('Some text.')
    const file = new VFile('Some text.')
    unified().use(unscrape).runSync(tree, file)
    expect(file.messages.map((m) => [m.ruleId, m.source])).toEqual([['not-cleaned', 'unscrape']])
  })
})
