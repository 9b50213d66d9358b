import { describe, expect, it } from 'vitest'
import { only, removed } from './noise-helpers.js'

const cleaner = only('duplicate-line')

const P = [
  'The council voted on Tuesday to close the old bridge to traffic after engineers found deep cracks in two piers.',
  'Repairs are expected to take at least eighteen months, the transport office said in a statement on Wednesday.',
  'A temporary ferry will carry cyclists and pedestrians across the river every twenty minutes until the bridge reopens.',
  'Shops on both banks fear a quiet winter, and the council has promised a fund to help them through the closure.',
]
const article = ['Why the bridge closed', P[0], P[1], 'How to cross meanwhile', 'Ferry times', P[2], 'What it costs', P[3]]

describe('duplicate-line', () => {
  it('removes later exact copies of a paragraph and keeps the first', () => {
    expect(removed(cleaner, [P[0], P[1], P[0]].join('\n'))).toEqual([P[0]])
  })

  it('removes the headings and short lines of a duplicated copy of the text, between its repeated paragraphs', () => {
    const input = [...article, 'Share this article', ...article].join('\n')
    const gone = removed(cleaner, input)
    // the copy's paragraphs and the short lines between them; the headings of the first copy stay,
    // and the copy's first heading (no repeated paragraph above it yet) too
    expect(gone).toEqual([P[0], P[1], 'How to cross meanwhile', 'Ferry times', P[2], 'What it costs', P[3]])
    const c = cleaner.run(input).messages.find((m) => m.actual.trim() === 'Ferry times')!
    expect(c.reason).toBe('Unexpected line `Ferry times` of a repeated copy of the text (between repeated paragraphs), expected article text')
    expect(c.cause?.place.start.line).toBe(5)
  })

  it('keeps repeated labels between paragraphs that are not repeated (each product\'s "Pros" and "Cons")', () => {
    const product = (name: string, k: number) => [name, 'Pros', `${P[k]!.slice(0, -1)} for the ${name}.`, 'Cons', `${P[k + 1]!.slice(0, -1)} for the ${name}.`]
    const input = [...product('First model', 0), ...product('Second model', 2)].join('\n')
    expect(removed(cleaner, input)).toEqual([])
  })

  it('keeps short lines after a copied paragraph when new article text follows (a list the author repeats on purpose)', () => {
    const input = [P[0], 'Fast and light', 'Easy to fold', P[1], 'The second model', P[0], 'Fast and light', 'Easy to fold', P[2], P[3]].join('\n')
    expect(removed(cleaner, input)).toEqual([P[0]])
  })

  it('keeps a repeated short line whose earlier copy is not between the first copies of the paragraphs around it', () => {
    // "Ferry times" first appears above the first copy of P[0]: not the same place in a copy
    const input = ['Ferry times', P[0], P[1], 'Other news', P[0], 'Ferry times', P[1], P[3]].join('\n')
    expect(removed(cleaner, input)).toEqual([P[0], P[1]])
  })

  it('keeps a labelled line that a template repeats per section, unless many different paragraphs are repeated', () => {
    const warn = 'Do not take more than the stated dose, and talk to your doctor if the symptoms last longer than three days.'
    const intro = 'Take the tablets with water or milk, with or after food, and swallow them whole without chewing.'
    const section = (who: string) => [who, intro, 'Dose: one or two 200 mg tablets up to three times a day', warn]
    const leaflet = [P[0], ...section('Adults'), P[1], ...section('Over 65'), P[2]].join('\n')
    expect(removed(cleaner, leaflet)).toEqual([intro, warn])
    // a copy of the whole text (four different paragraphs repeated) takes its labelled lines too
    const text = ['Prices', P[0], 'Rent: 1,200 a month', P[1], P[2], P[3]]
    expect(removed(cleaner, [...text, ...text].join('\n'))).toEqual([P[0], 'Rent: 1,200 a month', P[1], P[2], P[3]])
  })

  it('is idempotent on a duplicated copy', () => {
    const input = [...article, ...article, ...article].join('\n')
    const once = cleaner.clean(input)
    expect(cleaner.clean(once)).toBe(once)
    // the second copy's first heading follows the first copy's kept last paragraph: nothing tells it is a copy
    expect(once.split('\n').filter(Boolean)).toEqual([...article, article[0]])
  })
})

describe('duplicate-line (adversarial)', () => {
  it('stays linear on a page of one short line repeated between repeated paragraphs', () => {
    const page = Array.from({ length: 20000 }, (_, k) => (k % 2 ? 'Share' : P[k % 8 === 0 ? 0 : 1])).join('\n')
    // a scan of every earlier copy of "Share" at each one would not finish in the test's time limit
    const out = cleaner.clean(page)
    expect(out.split('\n').filter(Boolean).slice(0, 3)).toEqual([P[0], 'Share', P[1]])
  })
})
