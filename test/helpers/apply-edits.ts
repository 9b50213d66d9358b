/**
 * Test helpers for rewrite cleaners: apply edits (checking that they are well-formed), run a
 * cleaner's compiled function on one line or on a whole document the way the examples are
 * documented (lines trimmed, each non-blank line a paragraph, one blank line between, one final
 * newline), and load test data.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { CleanerExample, Edit, RewriteCleaner } from '../../src/types.js'

/** Apply `edits` to `text`, throwing when they are not sorted, non-overlapping and in range. */
export function applyEdits(text: string, edits: readonly Edit[] | null): string {
  if (edits === null) return text
  if (!Array.isArray(edits)) throw new TypeError('edits must be an array or null')
  if (edits.length === 0) throw new Error('return null, not an empty array, when nothing changes')
  let out = ''
  let pos = 0
  for (const edit of edits) {
    const { start, end } = edit
    if (!Number.isInteger(start) || !Number.isInteger(end)) throw new Error(`non-integer edit ${start}..${end}`)
    if (start < pos) throw new Error(`edit ${start}..${end} overlaps or precedes the previous one (ends at ${pos})`)
    if (end < start || end > text.length) throw new Error(`edit ${start}..${end} out of range (length ${text.length})`)
    if (typeof edit.text !== 'string') throw new Error('edit text must be a string')
    if (splitsPair(text, start) || splitsPair(text, end)) throw new Error(`edit ${start}..${end} splits a surrogate pair`)
    out += text.slice(pos, start) + edit.text
    pos = end
  }
  return out + text.slice(pos)
}

function splitsPair(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return false
  const before = text.charCodeAt(at - 1)
  const after = text.charCodeAt(at)
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff
}

/** Compile `cleaner` with its defaults plus `options`, validating them first. */
export function compile<O extends object>(cleaner: RewriteCleaner<O>, options: Partial<O> = {}): (text: string) => Edit[] | null {
  const merged = { ...cleaner.defaults, ...options } as O
  cleaner.validate?.(merged)
  return cleaner.compile(merged, { languages: [] })
}

/** Run a cleaner on one line: the edits, applied. */
export function runLine<O extends object>(cleaner: RewriteCleaner<O>, text: string, options: Partial<O> = {}): string {
  return applyEdits(text, compile(cleaner, options)(text))
}

const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/

/**
 * Run a cleaner on a document as the documented examples assume: only this cleaner, then output
 * formatting (lines trimmed, non-blank lines as paragraphs separated by one blank line, one final newline).
 */
export function runDocument<O extends object>(cleaner: RewriteCleaner<O>, input: string, options: Partial<O> = {}): string {
  const fn = compile(cleaner, options)
  const lines = input
    .split(LINE_BREAK)
    .map((line) => applyEdits(line, fn(line)).trim())
    .filter((line) => line.length > 0)
  return lines.length > 0 ? lines.join('\n\n') + '\n' : ''
}

/** Run one documented example. */
export function runExample<O extends object>(cleaner: RewriteCleaner<O>, example: CleanerExample): string {
  return runDocument(cleaner, example.input, (example.options ?? {}) as Partial<O>)
}

const root = fileURLToPath(new URL('../..', import.meta.url))

/** Non-blank lines of the gold corpus (clean article text). */
export function goldLines(): string[] {
  const dir = root + 'corpus/gold/'
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .flatMap((name) => readFileSync(dir + name, 'utf8').split(LINE_BREAK))
    .filter((line) => line.trim().length > 0)
}

export interface FtfyCase {
  label: string
  comment?: string
  original: string
  fixed: string
  'fixed-encoding'?: string
  expect: 'pass' | 'fail'
}

/** One of the ftfy test-case files copied to test/fixtures/ftfy. */
export function ftfyCases(name: 'in-the-wild' | 'synthetic' | 'negative' | 'language-names'): FtfyCase[] {
  return JSON.parse(readFileSync(root + `test/fixtures/ftfy/${name}.json`, 'utf8')) as FtfyCase[]
}

/** Mojibake of `text`: its UTF-8 bytes read as Windows-1252 (undefined bytes as C1 controls). */
export function toMojibake(text: string): string {
  const cp1252 =
    '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'
  let out = ''
  for (const byte of new TextEncoder().encode(text)) {
    out += byte < 0x80 || byte >= 0xa0 ? String.fromCharCode(byte) : cp1252[byte - 0x80]
  }
  return out
}
