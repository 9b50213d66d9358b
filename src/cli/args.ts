/**
 * Command-line arguments: parsing (node:util parseArgs), checking, help text, and the mapping to
 * CleanOptions.
 */
import { parseArgs } from 'node:util'
import { readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import type { CleanOptions } from '../types.js'
import type { OnError } from './process.js'
import { UsageError } from './inputs.js'
import { checkTemplates, type Templates } from '../templates.js'

export interface CliArgs {
  help: boolean
  version: boolean
  inputs: string[]
  options: CleanOptions
  output: string | undefined
  outDir: string | undefined
  report: boolean
  stats: boolean
  diff: boolean
  explain: boolean
  color: boolean | undefined
  jsonl: boolean
  field: string
  reportField: string | undefined
  onError: OnError
  workers: number
  /** --workers was given: use exactly that many (otherwise `workers` is the most, see autoWorkers). */
  workersGiven: boolean
  batchSize: number
  quiet: boolean
  noClean: boolean
  /** --learn-templates: write learned site templates here instead of cleaning. */
  learnTemplates: string | undefined
  /** --site-field: dotted path of each JSONL record's URL or site, to group documents by site. */
  siteField: string | undefined
}

export const HELP = `Usage: unscrape [options] [FILE|DIR|GLOB|-]...

Turn scraped article text into clean article text. With no operands, or with '-', reads stdin.

Input and output
  FILE, DIR, GLOB          files; folders (every .txt, or .jsonl/.ndjson and .gz with --jsonl,
                           recursively, dot-files skipped); quoted globs ('data/**/*.txt')
  -o, --output FILE        write all output to FILE (atomically; gzipped when FILE ends in .gz)
  --out-dir DIR            write one output per input under DIR, mirroring the input tree
  --jsonl                  input is JSON Lines: clean one field of each record, keep the rest
  --field PATH             the field to clean, dots for nesting: 'text', 'meta.body' (default: text)
  --report-field NAME      add each record's { messages, stats } to its member NAME
  --on-error MODE          a malformed record, or one without a string field:
                             keep  pass the line through unchanged (default: records in = records out)
                             skip  drop it
                             fail  stop with exit code 1
  --workers N              worker threads (default: one per CPU, at most 8, and at most one per
                           8 MB of input when its size is known; 1 = no threads)
  --batch-size N           JSONL records per worker task (default: 256)

Cleaning
  --preset NAME            default | conservative
  --disable ID[,ID]        turn cleaners off
  --enable ID[,ID]         turn cleaners on
  --keep PATTERN           never remove a line containing PATTERN (/regex/flags for a regex); repeatable
  --format MODE            paragraphs (default) | preserve
  --languages LIST         phrase languages to load, e.g. en,de (default: all)
  --config FILE.json       CleanOptions as JSON; the flags above override it
  --templates FILE.json    remove the site template lines learned by --learn-templates (each
                           page is matched to the site whose template it shares most)

Learning site templates
  --learn-templates FILE   read the inputs and write the lines each site prints on most of its
                           pages (menus, footers) to FILE as JSON, instead of cleaning
  --site-field PATH        with --jsonl: the record's URL (or site name) to group pages by site,
                           e.g. 'url' or 'meta.url' (default: all records are one site)

Looking at the result
  --report                 print every change on stderr (vfile-reporter layout)
  --stats                  print a table per cleaner on stderr at the end
  --diff                   print a diff of input and output instead of the output
  --explain                print each input line with the messages about it instead of the output
  --color, --no-color      force colours on or off (default: on for a terminal)
  -q, --quiet              no progress bar and no summary
  --no-clean               read and rewrite without cleaning (the I/O baseline of the benchmark)
  -h, --help               show this help
  -v, --version            show the version

Exit status: 0 done; 1 a record failed under --on-error fail, or an I/O error; 2 bad arguments,
bad options, or an input that cannot be read. More in docs/cli.md of the package.`

export function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string }
    return pkg.version ?? 'unknown'
  } catch {
    return 'unknown'
  }
}

/** `/re/flags` → RegExp; anything else is a literal string. */
export function keepPattern(p: string): string | RegExp {
  const m = /^\/(.+)\/([dgimsuyv]*)$/s.exec(p)
  if (!m) return p
  try {
    return new RegExp(m[1]!, m[2]!.replace('g', ''))
  } catch (e) {
    throw new UsageError(`Unexpected keep pattern '${p}': ${(e as Error).message}`)
  }
}

const ids = (list: string[] | undefined) =>
  (list ?? []).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean)

/** A JSON file given on the command line (`what`: 'config', 'templates'); errors are usage errors. */
function readJson(file: string, what: string): unknown {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (e) {
    throw new UsageError(`Cannot read ${what} '${file}': ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`)
  }
  try {
    return JSON.parse(text)
  } catch (e) {
    throw new UsageError(`Unexpected content in ${what} '${file}': ${(e as Error).message}, expected JSON`)
  }
}

function readConfig(file: string): CleanOptions {
  const value = readJson(file, 'config')
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UsageError(`Unexpected ${Array.isArray(value) ? 'array' : typeof value} in config '${file}', expected a JSON object of CleanOptions`)
  }
  const options = value as CleanOptions & { keep?: unknown }
  if (Array.isArray(options.keep)) {
    options.keep = options.keep.map((k: unknown) => (typeof k === 'string' ? keepPattern(k) : k)) as CleanOptions['keep']
  }
  return options
}

function readTemplates(file: string): Templates {
  const value = readJson(file, 'templates')
  try {
    return checkTemplates(value, `templates '${file}'`)
  } catch (e) {
    throw new UsageError((e as Error).message)
  }
}

function positiveInt(name: string, v: string | undefined, fallback: number): number {
  if (v === undefined) return fallback
  if (!/^[1-9]\d*$/.test(v)) throw new UsageError(`Unexpected ${name} '${v}', expected a positive integer`)
  return Number(v)
}

/** The CLI's options, for parseArgs (each is listed in HELP and in docs/cli.md; a test checks). */
export const CLI_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  output: { type: 'string', short: 'o' },
  'out-dir': { type: 'string' },
  preset: { type: 'string' },
  disable: { type: 'string', multiple: true },
  enable: { type: 'string', multiple: true },
  keep: { type: 'string', multiple: true },
  format: { type: 'string' },
  languages: { type: 'string' },
  config: { type: 'string' },
  report: { type: 'boolean' },
  stats: { type: 'boolean' },
  diff: { type: 'boolean' },
  explain: { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  jsonl: { type: 'boolean' },
  field: { type: 'string' },
  'report-field': { type: 'string' },
  'on-error': { type: 'string' },
  workers: { type: 'string' },
  'batch-size': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  'no-clean': { type: 'boolean' },
  templates: { type: 'string' },
  'learn-templates': { type: 'string' },
  'site-field': { type: 'string' },
} as const

export function parseCli(argv: readonly string[]): CliArgs {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: CLI_OPTIONS,
    })
  } catch (e) {
    throw new UsageError((e as Error).message.replace(/\. To specify a positional argument.*$/s, '') + ' (see unscrape --help)')
  }
  const v = parsed.values
  const jsonl = Boolean(v.jsonl)

  const onError = (v['on-error'] ?? 'keep') as OnError
  if (!['keep', 'skip', 'fail'].includes(onError)) throw new UsageError(`Unexpected --on-error '${v['on-error']}', expected keep, skip or fail`)
  if (!jsonl) {
    for (const flag of ['field', 'report-field', 'on-error', 'batch-size'] as const) {
      if (v[flag] !== undefined) throw new UsageError(`Unexpected --${flag} without --jsonl, expected it only with --jsonl`)
    }
  }
  if (v['site-field'] !== undefined && (!jsonl || v['learn-templates'] === undefined)) {
    throw new UsageError('Unexpected --site-field without --jsonl and --learn-templates, expected it only when learning templates from JSON Lines')
  }
  if (v['learn-templates'] !== undefined) {
    for (const flag of ['output', 'out-dir', 'templates', 'diff', 'explain', 'report', 'stats', 'report-field'] as const) {
      if (v[flag] !== undefined) throw new UsageError(`Unexpected --${flag} with --learn-templates, expected only inputs (and --jsonl, --field, --site-field, --on-error)`)
    }
  }
  if (v.diff && v.explain) throw new UsageError('Unexpected --diff with --explain, expected one of them')
  if (jsonl && (v.diff || v.explain)) throw new UsageError(`Unexpected --${v.diff ? 'diff' : 'explain'} with --jsonl, expected a text document (extract one record first, e.g. with jq -r .text)`)
  if (v.output !== undefined && v['out-dir'] !== undefined) throw new UsageError('Unexpected --output with --out-dir, expected one of them')
  if (v.color && v['no-color']) throw new UsageError('Unexpected --color with --no-color, expected one of them')
  if (v['report-field'] !== undefined && (v['report-field'] === '' || v['report-field'].includes('.'))) {
    throw new UsageError(`Unexpected --report-field '${v['report-field']}', expected a top-level member name without dots`)
  }
  for (const flag of ['field', 'site-field'] as const) {
    const p = v[flag]
    if (p !== undefined && (p === '' || p.split('.').some((s) => s === ''))) {
      throw new UsageError(`Unexpected --${flag} '${p}', expected a name such as 'text' or 'meta.body'`)
    }
  }
  const format = v.format
  if (format !== undefined && format !== 'paragraphs' && format !== 'preserve') {
    throw new UsageError(`Unexpected --format '${format}', expected paragraphs or preserve`)
  }

  const options: CleanOptions = v.config !== undefined ? readConfig(v.config) : {}
  if (v.preset !== undefined) options.preset = v.preset as CleanOptions['preset']
  const toggles: Record<string, boolean | Record<string, unknown>> = { ...(options.cleaners ?? {}) }
  for (const id of ids(v.enable)) toggles[id] = typeof toggles[id] === 'object' ? toggles[id]! : true
  for (const id of ids(v.disable)) toggles[id] = false
  if (Object.keys(toggles).length) options.cleaners = toggles
  if (v.keep?.length) options.keep = [...(options.keep ?? []), ...v.keep.map(keepPattern)]
  if (format !== undefined) options.format = format
  if (v.languages !== undefined) options.languages = ids([v.languages])
  if (v.templates !== undefined) {
    const own = options.cleaners?.['site-template']
    if (own === false) throw new UsageError("Unexpected --templates with the cleaner 'site-template' turned off, expected one of them")
    options.cleaners = { ...(options.cleaners ?? {}), 'site-template': { ...(typeof own === 'object' ? own : {}), templates: readTemplates(v.templates) } }
  }

  return {
    help: Boolean(v.help),
    version: Boolean(v.version),
    inputs: parsed.positionals,
    options,
    output: v.output,
    outDir: v['out-dir'],
    report: Boolean(v.report),
    stats: Boolean(v.stats),
    diff: Boolean(v.diff),
    explain: Boolean(v.explain),
    color: v.color ? true : v['no-color'] ? false : undefined,
    jsonl,
    field: v.field ?? 'text',
    reportField: v['report-field'],
    onError,
    // one worker per core, at most 8: each holds a compiled cleaner and its heap (30–60 MiB)
    workers: positiveInt('--workers', v.workers, Math.min(8, availableParallelism())),
    workersGiven: v.workers !== undefined,
    batchSize: positiveInt('--batch-size', v['batch-size'], 256),
    quiet: Boolean(v.quiet),
    noClean: Boolean(v['no-clean']),
    learnTemplates: v['learn-templates'],
    siteField: v['site-field'],
  }
}
