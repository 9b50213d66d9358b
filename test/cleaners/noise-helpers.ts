import { createCleaner, type Cleaner } from '../../src/index.js'

/** A pipeline with only white-space normalisation and the one cleaner under test. */
export function only(id: string, options: boolean | Record<string, unknown> = true): Cleaner {
  return createCleaner({ preset: ['whitespace', [id, options]] })
}

/** The lines of `text` that `cleaner` removes, as the cleaner reports them. */
export function removed(cleaner: Cleaner, text: string): string[] {
  return cleaner.run(text).messages.filter((m) => m.kind === 'remove').map((m) => m.actual.trim())
}

/** Runs `line` between two lines of article prose; returns whether the cleaner removed it. */
export function removesInContext(cleaner: Cleaner, line: string): boolean {
  const before = 'The council met on Tuesday evening to discuss the budget for the coming year.'
  const after = 'The vote is expected next week, after a public consultation that ends on Friday.'
  return removed(cleaner, `${before}\n${line}\n${after}`).includes(line.trim())
}

/** Whether the cleaner leaves `text` (one or more lines) exactly as it was. */
export function keeps(cleaner: Cleaner, text: string): boolean {
  return cleaner.clean(text) === `${text.split('\n').map((l) => l.trim()).filter(Boolean).join('\n\n')}\n`
}
