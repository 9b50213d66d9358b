import { describe, expect, it } from 'vitest'
import { clean, cleanWithReport, createCleaner, presets, registry, type LineCleaner } from '../src/index.js'

const doc = 'Title Of The Story\n0\nLeave a Reply\nOriginal Source: www.example.com\nThe story begins here, and it is long enough to count as a paragraph of prose.'

describe('bad options throw at setup, naming the bad value', () => {
  it.each([
    [{ preset: 'nope' }, /preset 'nope'/],
    [{ cleaners: { 'no-such-cleaner': false } }, /'no-such-cleaner'/],
    [{ cleaners: { 'comment-form': { phrasez: [] } } }, /option 'phrasez'.*comment-form/],
    [{ cleaners: { 'comment-form': { lines: 'Leave' } } }, /string for option 'lines'/],
    [{ cleaners: { 'comment-form': { lines: [''] } } }, /non-empty strings/],
    [{ cleaners: { 'duplicate-title': { similarity: 3 } } }, /similarity 3/],
    [{ format: 'html' }, /format 'html'/],
    [{ languages: ['xx'] }, /language 'xx'/],
    [{ keep: [42] }, /number in keep/],
    [{ safety: { maxRemovedShare: 2 } }, /maxRemovedShare 2/],
    [{ colour: true }, /option 'colour'/],
    [{ preset: [['comment-form', 'yes']] }, /string for cleaner 'comment-form'/],
    [{ keep: [''] }, /empty string in keep/],
    [{ keep: [/(?:)/] }, /matches an empty line in keep/],
    [{ keep: [/x*/g] }, /matches an empty line in keep/],
    [{ safety: null }, /safety option null/],
    [{ safety: true }, /safety option boolean/],
    [{ safety: 'strict' }, /safety option string/],
    [{ safety: { maxRemoved: 0.5 } }, /option 'maxRemoved' in safety/],
    [{ cleaners: { 'comment-form': { toString: (): string => 'x' } } }, /option 'toString'.*comment-form/],
    [{ cleaners: { 'comment-form': { constructor: {} } } }, /option 'constructor'.*comment-form/],
    [{ cleaners: { unicode: { form: 'NFD' } } }, /normalization form 'NFD'/],
    [{ cleaners: { bullets: { marker: false } } }, /marker/],
    [{ use: {} }, /use option object, expected a list/],
    [{ use: [{ id: 'mine', stage: 'lines', compile: () => () => null }] }, /stage 'lines' of cleaner 'mine'/],
    [{ preset: [[{ id: 'mine', stage: 'line', compile: () => () => null }, { a: 1 }]] }, /option 'a' for cleaner 'mine', expected no options/],
  ])('%j', (options, message) => {
    expect(() => createCleaner(options as never)).toThrow(message)
  })

  it('non-string input is a TypeError', () => {
    expect(() => clean(42 as never)).toThrow(TypeError)
    expect(() => clean(null as never)).toThrow(/null, expected a string/)
  })

  it('content never throws', () => {
    expect(clean('\uD800\u0000\uFFFF')).toBeTypeOf('string')
    expect(clean('')).toBe('')
  })
})

describe('composition', () => {
  it('a cleaner can be turned off by id', () => {
    expect(clean(doc, { cleaners: { 'source-credit': false } })).toContain('Original Source')
    expect(clean(doc)).not.toContain('Original Source')
  })

  it('a later preset entry with the same id overrides an earlier one', () => {
    const off = createCleaner({ preset: [...presets.default, ['counter', false]] })
    expect(off.clean(doc)).toMatch(/^Title Of The Story\n\n0\n/)
    const on = createCleaner({ preset: [['counter', false], 'counter'] })
    expect(on.clean('Text.\n0')).toBe('Text.\n')
  })

  it('per-cleaner options: extra phrases', () => {
    const c = createCleaner({ cleaners: { 'comment-form': { lines: ['Schreib uns deine Meinung'] } } })
    expect(c.clean('Text.\nSchreib uns deine Meinung')).toBe('Text.\n')
  })

  it('replace: true drops the bundled phrases', () => {
    const c = createCleaner({ cleaners: { 'comment-form': { replace: true, lines: ['Say something'] } } })
    expect(c.clean('Text.\nLeave a Reply\nSay something')).toBe('Text.\n\nLeave a Reply\n')
  })

  it('the allowlist protects lines from every cleaner', () => {
    expect(clean(doc, { keep: ['Original Source'] })).toContain('Original Source: www.example.com')
    expect(clean(doc, { keep: [/^leave/i] })).toContain('Leave a Reply')
  })

  it('the allowlist sees a line as a reader does: no-break spaces, entities, runs of spaces, indentation', () => {
    const text = (line: string) => `Title Of The Story\n\nThe story begins here, and it is long enough to count as a paragraph of prose.\n\n${line}\n\nThe story goes on here, and it is also long enough to count as prose.`
    for (const line of ['Leave\u00a0a Reply', 'Leave&nbsp;a Reply', 'Leave  a Reply', '   Leave a Reply']) {
      expect(clean(text(line)), line).not.toMatch(/Leave/)
      expect(clean(text(line), { keep: ['Leave a Reply'] }), line).toMatch(/Leave/)
      expect(clean(text(line), { keep: [/^Leave a Reply$/] }), line).toMatch(/Leave/)
    }
  })

  it('the allowlist takes frozen and global RegExps, and never writes to them', () => {
    const frozen = Object.freeze(/^leave/i)
    expect(clean(doc, { keep: [frozen] })).toContain('Leave a Reply')
    const g = /reply|source/gi
    const out = clean(doc, { keep: [g] })
    expect(out).toContain('Leave a Reply')
    expect(out).toContain('Original Source')
    expect(g.lastIndex).toBe(0)
    expect(clean(doc, { keep: [Object.freeze(/Reply/g)] })).toContain('Leave a Reply')
  })

  it('resolved options are copies: changing them changes no other pipeline; shared tables are frozen', () => {
    const legal = createCleaner().cleaners.find((c) => c.id === 'legal')!
    ;(legal.options.lines as string[]).push('The ferry will run every hour.')
    expect(registry.get('legal')!.defaults).not.toHaveProperty('lines', expect.arrayContaining(['The ferry will run every hour.']))
    const line = 'The ferry will run every hour.'
    expect(clean(`${doc}\n${line}`)).toContain(line)
    expect(() => (presets.default as unknown as unknown[]).push(['legal', false])).toThrow(TypeError)
    expect(() => (registry.get('comment-form')!.defaults as { lines: string[] }).lines.push('x')).toThrow(TypeError)
    expect(createCleaner().cleaners.some((c) => c.id === 'legal')).toBe(true)
  })

  it("unicode: { form: false } turns normalisation off, as documented", () => {
    const decomposed = 'Cafe\u0301 au lait is what the story is about, and it is long enough to be prose.'
    expect(clean(decomposed)).toContain('Caf\u00e9')
    expect(clean(decomposed, { cleaners: { unicode: { form: false } } })).toContain('Cafe\u0301')
  })

  it('custom cleaners run through `use`', () => {
    const shouting: LineCleaner = {
      id: 'shouting', category: 'noise', stage: 'line', description: 'Lines in capitals', enabled: true,
      defaults: {}, examples: [],
      compile: () => ({ text }) => (text.length > 3 && text === text.toUpperCase() ? 'shouting' : null),
    }
    const r = createCleaner({ use: [shouting] }).run('BREAKING NEWS\nA calm sentence.')
    expect(r.text).toBe('A calm sentence.\n')
    expect(r.messages[0]!.ruleId).toBe('shouting')
  })

  it('`cleaners` configures and turns off cleaners added by `use`, also one that replaces a bundled id', () => {
    const def = (id: string): LineCleaner<{ min: number }> => ({
      id, category: 'noise', stage: 'line', description: 'Lines in capitals', enabled: true,
      defaults: { min: 3 }, examples: [],
      compile: ({ min }) => ({ text }) => (text.length > min && text === text.toUpperCase() ? 'shouting' : null),
    })
    const input = 'BREAKING NEWS\nA calm sentence.'
    expect(clean(input, { use: [def('shouting')] })).toBe('A calm sentence.\n')
    expect(clean(input, { use: [def('shouting')], cleaners: { shouting: false } })).toBe(input.replace('\n', '\n\n') + '\n')
    expect(clean(input, { use: [def('shouting')], cleaners: { shouting: { min: 20 } } })).toContain('BREAKING NEWS')
    expect(() => createCleaner({ use: [def('shouting')], cleaners: { shouting: { max: 1 } } })).toThrow(/option 'max' for cleaner 'shouting'/)
    // a definition with a bundled id takes that cleaner's place, and `cleaners` still has the last word
    const ids = createCleaner({ use: [def('legal')] }).cleaners.map((c) => c.id)
    expect(ids.indexOf('legal')).toBe(createCleaner().cleaners.map((c) => c.id).indexOf('legal'))
    expect(createCleaner({ use: [def('legal')], cleaners: { legal: false } }).cleaners.some((c) => c.id === 'legal')).toBe(false)
  })

  it('the conservative preset turns off context rules', () => {
    const ids = createCleaner({ preset: 'conservative' }).cleaners.map((c) => c.id)
    for (const id of ['caption-context', 'boilerplate', 'trailing-chrome', 'author-bio', 'table-of-contents']) expect(ids).not.toContain(id)
    expect(ids).toContain('comment-form')
  })

  it('format: preserve keeps lines of a block together', () => {
    const input = 'Title\n- one\n- two\n\n\n\nText.'
    const noClassifier = { cleaners: { boilerplate: false } }
    expect(clean(input, { ...noClassifier, format: 'preserve' })).toBe('Title\n- one\n- two\n\nText.\n')
    expect(clean(input, noClassifier)).toBe('Title\n\n- one\n\n- two\n\nText.\n')
  })

  it('every registered cleaner is in the default preset, on or off', () => {
    const ids = presets.default.map((e) => (Array.isArray(e) ? e[0] : e))
    expect(new Set(ids)).toEqual(new Set(registry.keys()))
  })
})

describe('messages', () => {
  it('have the shape of vfile messages, in original coordinates', () => {
    const input = 'Title Here Now\r\n\r\n0\r\nBody text that is here.'
    const r = cleanWithReport(input)
    const m = r.messages.find((x) => x.ruleId === 'counter')!
    expect(m).toMatchObject({ source: 'unscrape', kind: 'remove', actual: '0' })
    expect(m.reason).toBe('Unexpected counter `0`, expected article text')
    expect(m.place).toEqual({ start: { line: 3, column: 1, offset: 18 }, end: { line: 3, column: 2, offset: 19 } })
    expect(r.stats.cleaners.counter).toEqual({ lines: 1, chars: 1, rewrites: 0 })
  })

  it('rewrites carry actual and expected', () => {
    const r = cleanWithReport('a\u00A0b  ')
    const ws = r.messages.filter((m) => m.kind === 'rewrite')
    expect(ws.map((m) => [m.ruleId, m.actual, m.expected])).toEqual([['whitespace', '\u00A0', [' ']], ['whitespace', '  ', ['']]])
    expect(ws[0]!.place.start).toEqual({ line: 1, column: 2, offset: 1 })
  })

  it('an entity that decodes to a line break: the reason says the line gets a space, as expected and the output do', () => {
    for (const input of ['one&#10;two', 'one&#8232;two']) {
      const r = cleanWithReport(input)
      const m = r.messages.find((x) => x.ruleId === 'html-entities')!
      expect(m.expected).toEqual([' '])
      expect(m.reason).toMatch(/written as a space\)$/)
      expect(r.text).toBe('one two\n')
    }
  })

  it('a repeated headline points back at the headline (cause)', () => {
    const r = cleanWithReport('Storm Hits The Coast\n\nStorm Hits The Coast\n\nThe storm reached the coast on Monday night and cut power to thousands of homes.')
    const m = r.messages.find((x) => x.ruleId === 'duplicate-title')!
    expect(m.place.start.line).toBe(3)
    expect(m.cause!.place.start.line).toBe(1)
  })
})
