/**
 * Public types of unscrape: cleaners, options, messages and results.
 */

/** A point in the ORIGINAL text: 1-based line and column, 0-based offset (as in unist / vfile). */
export interface Point {
  line: number
  column: number
  offset: number
}

/** A span in the original text; `end` is exclusive. */
export interface Position {
  start: Point
  end: Point
}

/**
 * One change that a cleaner made, shaped like a vfile message so that the unified adapter
 * maps it one to one and `vfile-reporter` prints it.
 */
export interface CleanMessage {
  /** Id of the cleaner that made the change. */
  ruleId: string
  /** Always `"unscrape"`. */
  source: 'unscrape'
  /** "Unexpected …, expected …". */
  reason: string
  /** Where, in the original text. */
  place: Position
  /** The original text of the span (removed or rewritten). */
  actual: string
  /** For rewrites: what the span became (vfile's `expected` is a list). */
  expected?: string[]
  /** For a removal that points back at another line (a repeated headline): that line's position. */
  cause?: { reason: string; place: Position }
  /** `remove` for a removed line, `rewrite` for a changed span, `document` for a document-level note. */
  kind: 'remove' | 'rewrite' | 'document'
  /** Free-form details a cleaner attaches (matched phrase, features that decided). */
  data?: Record<string, unknown>
}

/** Per-cleaner counts of one run. */
export interface CleanerStats {
  /** Lines removed. */
  lines: number
  /** Characters of the original text removed with those lines. */
  chars: number
  /** Spans rewritten. */
  rewrites: number
}

export interface CleanStats {
  /** Characters in, characters out. */
  inputChars: number
  outputChars: number
  /** Non-blank lines in, non-blank lines kept (after Unicode clean-up: a line of invisible characters only is blank). */
  inputLines: number
  keptLines: number
  /** Counts per cleaner id (only cleaners that changed something). */
  cleaners: Record<string, CleanerStats>
}

export interface CleanResult {
  text: string
  messages: CleanMessage[]
  stats: CleanStats
}

/** One edit proposed by a rewrite cleaner, in the coordinates of the text it was given. */
export interface Edit {
  start: number
  end: number
  /** Replacement text. */
  text: string
  /** Optional reason; the default is built from the cleaner's description. */
  reason?: string
}

/** One line of the document as cleaners see it. */
export interface Line {
  /** 0-based index in the document's line array. */
  readonly index: number
  /** 1-based line number in the original text. */
  readonly line: number
  /** Offset of the line's first character in the original text. */
  readonly start: number
  /** Offset just past the line's last character (before its line break). */
  readonly end: number
  /** The original text of the line. */
  readonly raw: string
  /** The current text (after rewrites). */
  text: string
  /** Whether the line is blank (only white space) in its current text. */
  blank: boolean
  /** Index of the block (run of non-blank lines between blank lines); -1 for blank lines. */
  block: number
  /** Id of the cleaner that removed the line, or null. */
  removedBy: string | null
  /** Index of the line this one was joined onto (layout cleaners), or -1. */
  joinedTo: number
  /** Allowlisted: never removed. */
  readonly protected: boolean
}

/** What a line cleaner sees for one line: the line plus cheap features, computed once. */
export interface LineContext {
  readonly line: Line
  readonly text: string
  readonly features: LineFeatures
  /** Lower-case text, one kind of apostrophe, edge punctuation dropped, spaces collapsed: the key phrase data is looked up by ('' for lines over 200 characters). */
  readonly key: string
  /** The first word of `key` ('' when it starts with a symbol). */
  readonly firstWord: string
  readonly doc: DocumentView
}

export interface LineFeatures {
  chars: number
  words: number
  /** Words that start with a capital letter. */
  capitalised: number
  /** Words in the function-word list of any supported language (or of the document's language). */
  functionWords: number
  /** Line ends in terminal punctuation. */
  endsSentence: boolean
  /** Number of sentence boundaries + 1 (a rough sentence count). */
  sentences: number
  letters: number
  digits: number
  upper: number
}

/** Read-only view of the whole document, for line cleaners that need neighbours. */
export interface DocumentView {
  readonly lines: readonly Line[]
  readonly text: string
  readonly language: string | undefined
  features(index: number): LineFeatures
}

/** What a document cleaner gets: the view plus the power to remove, join and report. */
export interface Document extends DocumentView {
  /** Remove line `index` (no-op for protected or already removed lines). Returns whether it was removed. */
  remove(index: number, ruleId: string, reason: string, extra?: Pick<CleanMessage, 'cause' | 'data'>): boolean
  /** Restore a removed line (safety valves). */
  restore(index: number): void
  /** Join line `next` onto line `index` with `separator`, reporting the removed line break. */
  join(index: number, next: number, separator: string, ruleId: string, reason: string, trimEnd?: number): void
  /** Attach a document-level message (no change to the text). */
  note(ruleId: string, reason: string, data?: Record<string, unknown>): void
  /** Indices of lines that are non-blank and not removed, in order. */
  kept(): number[]
}

/** An example of a cleaner's behaviour; run by the test suite. */
export interface CleanerExample {
  input: string
  output: string
  /** Options for this cleaner in this example. */
  options?: Record<string, unknown>
  /** Why the example matters. */
  note?: string
}

export type CleanerCategory = 'noise' | 'normalise'

interface CleanerBase<O extends object> {
  /** kebab-case id, unique in the registry. */
  id: string
  category: CleanerCategory
  /** One line. */
  description: string
  /** On in the default preset. */
  enabled: boolean
  /** Default options. */
  defaults: O
  /** Removals that the safety valve may undo when a document would lose too much (statistical cleaners). */
  risky?: boolean
  /** Check options at setup; throw a TypeError or RangeError naming the bad value. */
  validate?: (options: O) => void
  examples: CleanerExample[]
}

/** Rewrites text inside one line. Runs first, in the fused line pass. */
export interface RewriteCleaner<O extends object = object> extends CleanerBase<O> {
  stage: 'rewrite'
  /**
   * Run again, with the other rewrites that say so, over a line a pass changed, until it holds
   * still: character-level fixes, where a later one can make work for an earlier one (a no-break
   * space made plain lets a mojibake sequence be seen). Not markup and entities: an escaped tag
   * is text, decoded once after markup has looked for real tags.
   */
  repeat?: boolean
  /** Compile once per pipeline. The function returns edits on `text`, or null when nothing changes. */
  compile(options: O, env: CompileEnv): (text: string) => Edit[] | null
}

/** Decides one line at a time. Runs in the fused line pass, after rewrites; the first cleaner that matches removes the line. */
export interface LineCleaner<O extends object = object> extends CleanerBase<O> {
  stage: 'line'
  /** Returns the reason fragment ("comment form `Leave a Reply`") or null to keep the line. */
  compile(options: O, env: CompileEnv): (ctx: LineContext) => string | null
}

/** Works on the whole line array after the line pass. */
export interface DocumentCleaner<O extends object = object> extends CleanerBase<O> {
  stage: 'document'
  compile(options: O, env: CompileEnv): (doc: Document) => void
}

export type CleanerDefinition<O extends object = any> = RewriteCleaner<O> | LineCleaner<O> | DocumentCleaner<O>

/** What compile() gets besides its own options. */
export interface CompileEnv {
  /** Languages whose phrase data is loaded. */
  languages: readonly string[]
}

/** A preset entry: an id or definition, optionally with options, or `false` to turn it off. */
export type PresetEntry =
  | string
  | CleanerDefinition
  | [string | CleanerDefinition, boolean | Record<string, unknown>]

export type Preset = readonly PresetEntry[]

export type OutputFormat = 'paragraphs' | 'preserve'

export interface CleanOptions {
  /**
   * Preset name or list of entries.
   * @default 'default'
   * @example 'conservative'
   */
  preset?: 'default' | 'conservative' | Preset
  /**
   * Turn cleaners on (`true`), off (`false`) or set their options, by id. Applied after the preset
   * and `use` (options merge over what the preset set).
   * @default {}
   * @example { 'source-credit': false, 'cross-link': { starts: ['Lesen Sie auch'] } }
   */
  cleaners?: Record<string, boolean | Record<string, unknown>>
  /**
   * Extra cleaners (your own definitions): a new id is appended after the preset, a bundled id
   * replaces that cleaner in its place.
   * @default []
   */
  use?: CleanerDefinition[]
  /**
   * Allowlist: a line that contains one of these strings, or matches one of these patterns, is never removed.
   * A line is matched as written and as a reader sees it (no-break spaces, also `&nbsp;`, and runs of
   * spaces as one space, trimmed); `g` and `y` flags are ignored; an empty string or a pattern that
   * matches an empty line throws.
   * @default []
   * @example ['Related:', /^Photo essay/]
   */
  keep?: ReadonlyArray<string | RegExp>
  /**
   * Languages whose phrase data is loaded.
   * @default all bundled languages
   * @example ['en', 'de']
   */
  languages?: readonly string[]
  /**
   * Output layout. `paragraphs`: every kept line is a paragraph, one blank line between (the
   * format of the sample corpus's gold). `preserve`: the input's own line structure (lines of one
   * block stay together, so a list stays a list), runs of blank lines collapsed to one.
   * @default 'paragraphs'
   */
  format?: OutputFormat
  /**
   * Safety valve: when more than this share of a document's words would be removed, removals by
   * cleaners marked risky are undone and a document message says so. `false` turns it off.
   * @default { maxRemovedShare: 0.85 }
   */
  safety?: false | { maxRemovedShare?: number }
}
