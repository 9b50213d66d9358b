import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { faqAt, firstAfter } from '../src/document-utils.js'
import { createCleaner } from '../src/index.js'

describe('firstAfter', () => {
  it('finds the first element greater than x in an ascending list', () => {
    expect(firstAfter([2, 4, 4, 9], 4)).toBe(3)
    expect(firstAfter([2, 4, 4, 9], 1)).toBe(0)
    expect(firstAfter([2, 4, 4, 9], 9)).toBe(4)
    expect(firstAfter([], 0)).toBe(0)
  })

  it('agrees with a linear scan (property)', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (xs, x) => {
      const list = [...xs].sort((a, b) => a - b)
      const linear = list.findIndex((v) => v > x)
      expect(firstAfter(list, x)).toBe(linear < 0 ? list.length : linear)
    }), { numRuns: 500 })
  })
})

describe('faqAt', () => {
  // the document view of a text, as a document cleaner sees it
  const view = (lines: string[]) => {
    let seen: unknown
    const spy = { id: 'spy', stage: 'document', category: 'noise', description: 'records the view', default: true, options: {}, examples: [], compile: () => (doc: unknown) => { seen = doc } }
    createCleaner({ preset: [[spy as never, true]] }).run(lines.join('\n'))
    return seen as Parameters<typeof faqAt>[0]
  }
  const A = 'The crossing is too narrow for a safe passage in the dark, so the last boat leaves at eight.'
  const B = 'Each crossing carries up to twelve bicycles at no extra cost, with racks on both landing stages.'
  it('finds a question over its answer with another question and answer below', () => {
    expect(faqAt(view(['Why does the ferry not run at night?', A, 'Can I take a bicycle?', B]), 0)).toBe(true)
    // an answer of two paragraphs
    expect(faqAt(view(['Why does the ferry not run at night?', A, A, 'Can I take a bicycle?', B]), 0)).toBe(true)
  })
  it('is not one question over a paragraph (a teaser), nor a question over a short line', () => {
    expect(faqAt(view(['Can You Freeze Sourdough Bread?', A, B]), 0)).toBe(false)
    expect(faqAt(view(['Why does the ferry not run at night?', 'Tides.', 'Can I take a bicycle?', B]), 0)).toBe(false)
    expect(faqAt(view(['Ferry times', A, 'Can I take a bicycle?', B]), 0)).toBe(false)
  })
})
