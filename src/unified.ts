/**
 * `unscrape/unified`: unscrape as a unified plugin.
 *
 * The plugin cleans a file's text BEFORE the parser runs, so the syntax tree (nlcst with
 * retext, mdast with remark, …) is built from the clean text, and it reports every change as a
 * vfile message, which `vfile-reporter` prints like a lint warning.
 *
 * Two coordinate systems, on purpose:
 * - the tree, `file.value` and every later plugin see the CLEAN text;
 * - unscrape's messages point into the ORIGINAL text (a removed line has no place in the clean
 *   text). The original is kept at `file.data.unscrape.original`.
 *
 * unified and vfile are optional peer dependencies: this module imports only their types, and
 * uses the methods of the `file` objects that unified hands to the plugin.
 */
import type { Parser, Preset, Processor, Transformer } from 'unified'
import type { VFile } from 'vfile'
import type { CleanMessage, CleanOptions, CleanStats } from './types.js'
import { createCleaner, type Cleaner } from './pipeline.js'

/** Options of the `unscrape` plugin: the same as `clean()`'s. */
export type Options = CleanOptions

/** What the plugin stores on `file.data.unscrape`. */
export interface UnscrapeData {
  /** The text before cleaning: the text that the messages' places point into. */
  original: string
  /** The clean text that the parser got. */
  text: string
  /** Counts of the run (characters and lines in and out, per cleaner). */
  stats: CleanStats
}

declare module 'vfile' {
  interface DataMap {
    unscrape: UnscrapeData
  }
}

/** Marks a parser that this module wrapped, so that it is never wrapped twice. */
const WRAPPED = Symbol.for('unscrape.wrappedParser')

type AnyParser = Parser & { [WRAPPED]?: true }
/** vfile-message's class, named through vfile (which does not re-export it). */
type VFileMessage = ReturnType<VFile['message']>
type MessageConstructor = new (reason: string, options: Record<string, unknown>) => VFileMessage

/**
 * Turn unscrape messages into vfile messages on `file`: reason, place (in the original text),
 * ruleId, source `unscrape`, then `actual`, `expected`, and the non-standard `kind` and `data`.
 * A message's `cause` (the line that a repeated headline repeats) becomes a nested vfile message,
 * which `vfile-reporter` prints under `[cause]`. Returns the new messages.
 * @example
 *   const { text, messages } = cleanWithReport(raw)
 *   const file = new VFile({ path: 'article.txt', value: raw })
 *   attachMessages(file, messages)
 *   console.error(reporter(file))
 */
export function attachMessages(file: VFile, messages: readonly CleanMessage[]): VFileMessage[] {
  const out: VFileMessage[] = []
  for (const m of messages) {
    const message = file.message(m.reason, { place: m.place, ruleId: m.ruleId, source: m.source })
    if (m.kind !== 'document') message.actual = m.actual
    if (m.expected) message.expected = [...m.expected]
    if (m.cause) {
      // vfile-message's class, taken from a message: no runtime import of vfile.
      const Message = message.constructor as MessageConstructor
      const cause = new Message(m.cause.reason, { place: m.cause.place, ruleId: m.ruleId, source: m.source })
      if (file.path) cause.file = file.path
      message.cause = cause
    }
    Object.assign(message, m.data ? { kind: m.kind, data: m.data } : { kind: m.kind })
    out.push(message)
  }
  return out
}

/** Clean `doc` for `file`: messages onto the file, the clean text into `file.value`. */
function cleanFile(cleaner: Cleaner, doc: string, file: VFile): string {
  const done = file.data.unscrape
  // Parsing the same file again (`parse(file)` then `process(file)`): it is clean already.
  if (done && done.text === doc) return doc
  const result = cleaner.run(doc)
  attachMessages(file, result.messages)
  file.value = result.text
  file.data.unscrape = { original: doc, text: result.text, stats: result.stats }
  return result.text
}

function wrapParser(parser: unknown, cleaner: Cleaner): unknown {
  if (typeof parser !== 'function' || (parser as AnyParser)[WRAPPED]) return parser
  const parse = parser as Parser
  const wrapped: AnyParser = (doc, file) => parse(cleanFile(cleaner, doc, file), file)
  wrapped[WRAPPED] = true
  return wrapped
}

/**
 * unified plugin: clean the document's text before the parser runs.
 *
 * Use it anywhere in the chain: when a parser is already set (`retext().use(unscrape)`) it is
 * wrapped now; when the parser comes later (`unified().use(unscrape).use(retextLatin)`) it is
 * wrapped when that plugin sets it. Options are `clean()`'s options; they are checked when the
 * processor is frozen, so a bad option throws at setup, naming the bad value. As with every
 * unified plugin, `.use(unscrape, false)` turns it off and options given in several `.use()`
 * calls are merged (deeply, by unified: lists are merged item by item, so give a list once).
 *
 * The tree and later plugins see the clean text (`file.value` becomes it); the messages point
 * into the ORIGINAL text, which stays at `file.data.unscrape.original`.
 * @example
 *   import { retext } from 'retext'
 *   import retextSmartypants from 'retext-smartypants'
 *   import { reporter } from 'vfile-reporter'
 *   import { unscrape } from 'unscrape/unified'
 *
 *   const file = await retext().use(unscrape, { cleaners: { 'source-credit': false } })
 *     .use(retextSmartypants).process(raw)
 *   String(file)            // clean, typographic text
 *   console.error(reporter(file))
 */
export function unscrape(this: Processor, options?: Options | null): Transformer {
  // Compile (and check the options) once, when the processor is frozen.
  const cleaner = createCleaner(options ?? {})
  const self = this as unknown as Record<'parser' | 'Parser', unknown>

  // unified calls `this.parser || this.Parser` (`Parser` is the deprecated name). Wrap the one
  // that is set now, and whichever a later plugin sets.
  for (const key of ['parser', 'Parser'] as const) {
    let current = wrapParser(self[key], cleaner)
    Object.defineProperty(self, key, {
      configurable: true,
      enumerable: true,
      get: () => current,
      set: (value: unknown) => { current = wrapParser(value, cleaner) },
    })
  }

  // The tree was not built by this processor's parser (for example a remark-retext bridge, or
  // `run()` on a tree parsed elsewhere): nothing was cleaned, say so rather than pass silently.
  return (_tree, file) => {
    if (!file.data.unscrape) {
      file.message(
        'Unexpected tree that this processor did not parse, expected unscrape to clean the text before parsing (use unscrape on the processor that parses the text)',
        { ruleId: 'not-cleaned', source: 'unscrape' },
      )
    }
  }
}

function clonePlain<T>(value: T): T {
  if (Array.isArray(value)) return value.map(clonePlain) as T
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) out[k] = clonePlain(v)
    return out as T
  }
  return value
}

/**
 * unscrape as a unified preset, for shareable configurations: `{ plugins: [[unscrape, options]] }`.
 * Options from several presets and `.use(unscrape, …)` calls are merged by unified; the preset
 * copies `options` first, so that merging never changes your object.
 * @example
 *   const config = { plugins: [unscrapePreset({ preset: 'conservative' }), retextSmartypants] }
 *   retext().use(config).use(unscrapePreset({ cleaners: { 'cross-link': false } }))
 */
export function unscrapePreset(options?: Options | null): Preset {
  // No options: the bare plugin, so that an earlier `.use(unscrape, options)` is kept as is.
  return { plugins: options == null ? [unscrape] : [[unscrape, clonePlain(options)]] }
}
