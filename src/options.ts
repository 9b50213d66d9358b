import type { CleanOptions, CleanerDefinition, OutputFormat, Preset, PresetEntry } from './types.js'
import { registry } from './registry.js'
import { presets } from './presets.js'
import { LANGUAGES } from './data/phrases/index.js'

export interface ResolvedCleaner {
  def: CleanerDefinition
  options: Record<string, unknown>
}

export interface ResolvedOptions {
  cleaners: ResolvedCleaner[]
  keep: ReadonlyArray<string | RegExp>
  languages: readonly string[]
  format: OutputFormat
  maxRemovedShare: number | null
}

const TOP_LEVEL = ['preset', 'cleaners', 'use', 'keep', 'languages', 'format', 'safety']
const FORMATS: OutputFormat[] = ['paragraphs', 'preserve']
const STAGES = ['rewrite', 'line', 'document']

const list = (xs: readonly string[]) => xs.map((x) => `'${x}'`).join(', ')
const typeName = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : v instanceof RegExp ? 'regexp' : typeof v)

function lookup(id: string, where: string): CleanerDefinition {
  const def = registry.get(id)
  if (!def) throw new RangeError(`Unexpected cleaner id '${id}' in ${where}, expected one of ${list([...registry.keys()])}`)
  return def
}

/**
 * Check a cleaner's options against its defaults (same keys, same types), merge them over the
 * defaults, and run its own `validate`. Throws naming the bad value.
 */
export function checkCleanerOptions(def: CleanerDefinition, given: Record<string, unknown>): Record<string, unknown> {
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    throw new TypeError(`Unexpected options ${typeName(given)} for cleaner '${def.id}', expected an object or a boolean`)
  }
  const defaults = (def.defaults ?? {}) as Record<string, unknown>
  for (const [k, v] of Object.entries(given)) {
    if (!Object.hasOwn(defaults, k)) {
      const known = Object.keys(defaults)
      throw new RangeError(`Unexpected option '${k}' for cleaner '${def.id}', expected ${known.length ? `one of ${list(known)}` : 'no options'}`)
    }
    const d = defaults[k]
    // (`false` for a string option is for the cleaner's own validate to judge: unicode's `form: false`)
    const offSwitch = v === false && typeof d === 'string' && def.validate !== undefined
    if (v !== undefined && d !== undefined && d !== null && typeName(v) !== typeName(d) && !offSwitch) {
      throw new TypeError(`Unexpected ${typeName(v)} for option '${k}' of cleaner '${def.id}', expected ${typeName(d)}`)
    }
  }
  // copies: the resolved options (Cleaner.cleaners) must not share lists with the definition's defaults
  const merged = copyPlain({ ...defaults, ...given }) as Record<string, unknown>
  def.validate?.(merged as never)
  return merged
}

/** The RegExp without its global and sticky flags (which make `test` read and write `lastIndex`). */
const plainRegExp = (r: RegExp): RegExp => (r.global || r.sticky ? new RegExp(r.source, r.flags.replace(/[gy]/g, '')) : r)

/** A copy of plain arrays and objects, nested; other values (RegExps, functions) as they are. */
function copyPlain(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(copyPlain)
  if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    const out: Record<string, unknown> = {}
    for (const [k, x] of Object.entries(v)) out[k] = copyPlain(x)
    return out
  }
  return v
}

function entryParts(e: PresetEntry): [CleanerDefinition, boolean | Record<string, unknown>] {
  if (typeof e === 'string') return [lookup(e, 'preset'), true]
  if (Array.isArray(e)) {
    const [head, opt] = e
    const def = typeof head === 'string' ? lookup(head, 'preset') : checkDefinition(head)
    if (typeof opt !== 'boolean' && (typeof opt !== 'object' || opt === null)) {
      throw new TypeError(`Unexpected ${typeName(opt)} for cleaner '${def.id}' in preset, expected a boolean or an options object`)
    }
    return [def, opt]
  }
  return [checkDefinition(e), true]
}

function checkDefinition(def: unknown): CleanerDefinition {
  const d = def as CleanerDefinition
  if (!d || typeof d !== 'object' || typeof d.id !== 'string' || typeof d.compile !== 'function') {
    throw new TypeError(`Unexpected cleaner definition ${typeName(def)}, expected an object with id, stage and compile`)
  }
  if (!STAGES.includes(d.stage)) throw new RangeError(`Unexpected stage '${String(d.stage)}' of cleaner '${d.id}', expected one of ${list(STAGES)}`)
  if (d.defaults !== undefined && (typeof d.defaults !== 'object' || d.defaults === null || Array.isArray(d.defaults))) {
    throw new TypeError(`Unexpected defaults ${typeName(d.defaults)} of cleaner '${d.id}', expected an object`)
  }
  if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(d.id)) throw new RangeError(`Unexpected cleaner id '${d.id}', expected kebab-case`)
  return d
}

export function resolveOptions(options: CleanOptions): ResolvedOptions {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(`Unexpected options ${typeName(options)}, expected an object`)
  }
  for (const k of Object.keys(options)) {
    if (!TOP_LEVEL.includes(k)) throw new RangeError(`Unexpected option '${k}', expected one of ${list(TOP_LEVEL)}`)
  }
  // Preset: ordered entries; a later entry with the same id overrides an earlier one.
  let preset: Preset
  const p = options.preset ?? 'default'
  if (typeof p === 'string') {
    const found = presets[p as keyof typeof presets]
    if (!found) throw new RangeError(`Unexpected preset '${p}', expected one of ${list(Object.keys(presets))}`)
    preset = found
  } else if (Array.isArray(p)) preset = p
  else throw new TypeError(`Unexpected preset of type ${typeName(p)}, expected a preset name or a list of entries`)

  const order: string[] = []
  const state = new Map<string, { def: CleanerDefinition; on: boolean; options: Record<string, unknown> }>()
  const apply = (def: CleanerDefinition, opt: boolean | Record<string, unknown>) => {
    let s = state.get(def.id)
    if (!s) { s = { def, on: false, options: {} }; state.set(def.id, s); order.push(def.id) }
    s.def = def
    if (opt === false) s.on = false
    else if (opt === true) s.on = true
    else { s.on = true; s.options = { ...s.options, ...opt } }
  }
  for (const e of preset) apply(...entryParts(e))

  // Your own definitions (`use`) come next, so that `cleaners` can configure or turn them off too:
  // a definition with a bundled id replaces that cleaner in its place, a new id is appended.
  const use = options.use ?? []
  if (!Array.isArray(use)) throw new TypeError(`Unexpected use option ${typeName(use)}, expected a list of cleaner definitions`)
  for (const def of use) apply(checkDefinition(def), true)

  const cl = options.cleaners ?? {}
  if (typeof cl !== 'object' || cl === null || Array.isArray(cl)) throw new TypeError(`Unexpected cleaners option ${typeName(cl)}, expected an object keyed by cleaner id`)
  for (const [id, opt] of Object.entries(cl)) {
    const def = state.get(id)?.def ?? lookup(id, 'cleaners')
    if (typeof opt !== 'boolean' && (typeof opt !== 'object' || opt === null || Array.isArray(opt))) {
      throw new TypeError(`Unexpected ${typeName(opt)} for cleaner '${id}', expected a boolean or an options object`)
    }
    apply(def, opt)
  }

  const cleaners: ResolvedCleaner[] = []
  for (const id of order) {
    const s = state.get(id)!
    if (s.on) cleaners.push({ def: s.def, options: checkCleanerOptions(s.def, s.options) })
  }

  let keep = options.keep ?? []
  if (!Array.isArray(keep)) throw new TypeError(`Unexpected keep option ${typeName(keep)}, expected a list of strings and regular expressions`)
  for (const k of keep) {
    if (typeof k !== 'string' && !(k instanceof RegExp)) throw new TypeError(`Unexpected ${typeName(k)} in keep, expected a string or a RegExp`)
    // an empty pattern protects every line: no cleaner could remove anything
    if (k === '' || (k instanceof RegExp && plainRegExp(k).test(''))) throw new RangeError(`Unexpected ${k === '' ? 'empty string' : `pattern ${String(k)} that matches an empty line`} in keep, expected text that a line to protect contains`)
  }

  // RegExps are tested with no state of their own: a global or sticky one is copied without those flags
  // (a frozen pattern, or one shared with other code, is never written to)
  keep = keep.map((k) => (typeof k === 'string' ? k : plainRegExp(k)))

  const languages = options.languages ?? LANGUAGES
  if (!Array.isArray(languages)) throw new TypeError(`Unexpected languages option ${typeName(languages)}, expected a list of language codes`)
  for (const l of languages) {
    if (!LANGUAGES.includes(l)) throw new RangeError(`Unexpected language '${l}', expected one of ${list(LANGUAGES)}`)
  }

  const format = options.format ?? 'paragraphs'
  if (!FORMATS.includes(format)) throw new RangeError(`Unexpected format '${String(format)}', expected one of ${list(FORMATS)}`)

  let maxRemovedShare: number | null = 0.85
  const safety = options.safety as unknown
  if (safety === false) maxRemovedShare = null
  else if (safety !== undefined) {
    if (typeof safety !== 'object' || safety === null || Array.isArray(safety)) throw new TypeError(`Unexpected safety option ${typeName(safety)}, expected false or an object such as { maxRemovedShare: 0.85 }`)
    for (const k of Object.keys(safety)) if (k !== 'maxRemovedShare') throw new RangeError(`Unexpected option '${k}' in safety, expected 'maxRemovedShare'`)
    const v = (safety as { maxRemovedShare?: unknown }).maxRemovedShare ?? 0.85
    if (typeof v !== 'number' || !(v >= 0 && v <= 1)) throw new RangeError(`Unexpected safety.maxRemovedShare ${String(v)}, expected a number from 0 to 1`)
    maxRemovedShare = v
  }
  return { cleaners, keep, languages, format, maxRemovedShare }
}
