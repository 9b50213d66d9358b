import { describe, expect, it } from 'vitest'
import { createCleaner, type DocumentCleaner } from '../src/index.js'

// The document model (src/pipeline.ts): what the report says when lines are joined, removed and given back.
describe('pipeline: lines joined onto a removed line', () => {
  /** A document cleaner that removes the first kept line, or gives it back when told to. */
  const dropFirst = (giveBack: boolean) => ({
    id: 'drop-first', stage: 'document', category: 'noise', description: 'removes the first kept line (a test double)', default: true, options: {}, examples: [],
    compile: () => (doc: Parameters<ReturnType<DocumentCleaner['compile']>>[0]) => {
      const i = doc.kept()[0]
      if (i === undefined || doc.lines[i]!.text.startsWith('Kept')) return
      doc.remove(i, 'drop-first', 'first line')
      if (giveBack) doc.restore(i)
    },
  })
  const input = 'The bridge over the river was closed on\nMonday after engineers found cracks.\n\nKept paragraph.'

  it('go with it, each explained by its own message', () => {
    const r = createCleaner({ preset: [['layout', { rewrap: 'always' }], [dropFirst(false) as never, true]] }).run(input)
    expect(r.text).toBe('Kept paragraph.\n')
    const removed = r.messages.filter((m) => m.kind === 'remove')
    expect(removed.map((m) => [m.ruleId, m.place.start.line, m.actual])).toEqual([
      ['drop-first', 1, 'The bridge over the river was closed on'],
      ['drop-first', 2, 'Monday after engineers found cracks.'],
    ])
    // the join itself is part of the removal: no rewrite is reported
    expect(r.messages.filter((m) => m.kind === 'rewrite')).toEqual([])
    expect(r.stats.inputLines - r.stats.keptLines).toBe(removed.length)
    expect(r.stats.cleaners['drop-first']!.lines).toBe(2)
  })

  it('come back with it when it is given back', () => {
    const r = createCleaner({ preset: [['layout', { rewrap: 'always' }], [dropFirst(true) as never, true]] }).run(input)
    expect(r.text).toBe('The bridge over the river was closed on Monday after engineers found cracks.\n\nKept paragraph.\n')
    expect(r.messages.filter((m) => m.kind === 'remove')).toEqual([])
    expect(r.messages.filter((m) => m.ruleId === 'layout')).toHaveLength(1)
  })
})
