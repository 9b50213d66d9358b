import { describe, expect, it } from 'vitest'
import { cleaners, createCleaner } from '../../src/index.js'

// Every cleaner's documented examples are its first tests (remark-lint style): the example runs
// through the real pipeline with only this cleaner (and white-space normalisation) turned on.
describe.each(cleaners.map((c) => [c.id, c] as const))('%s', (id, cleaner) => {
  it('documents itself', () => {
    expect(id).toMatch(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/)
    expect(cleaner.description.length).toBeGreaterThan(10)
    expect(['noise', 'normalise']).toContain(cleaner.category)
    expect(cleaner.examples.length).toBeGreaterThanOrEqual(2)
  })

  it.each(cleaner.examples.map((e, i) => [i, e] as const))('example %i', (_, example) => {
    const preset = id === 'whitespace'
      ? [[id, example.options ?? true] as [string, boolean | Record<string, unknown>]]
      : [['whitespace', true] as [string, boolean], [id, example.options ?? true] as [string, boolean | Record<string, unknown>]]
    const result = createCleaner({ preset }).run(example.input)
    expect(result.text).toBe(example.output)
    // Whatever the example changed is explained by a message of this cleaner (or of white space).
    const own = result.messages.filter((m) => m.ruleId === id)
    const normalisedInput = example.input.split(/\r\n|\r|\n/).map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean)
    const normalisedOutput = example.output.split('\n').filter(Boolean)
    if (normalisedInput.join('\n') !== normalisedOutput.join('\n') && id !== 'whitespace') expect(own.length).toBeGreaterThan(0)
  })
})
