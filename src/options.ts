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
  const defaults = def.defaults as Record<string, unknown>
  for (const [k, v] of Object.entries(given)) {
    if (!(k in defaults)) {
      const known = Object.keys(defaults)
      throw new RangeError(`Unexpected option '${k}' for cleaner '${def.id}', expected ${known.length ? `one of ${list(known)}` : 'no options'}`)
    }
    const d = defaults[k]
    if (v !== undefined && d !== undefined && d !== null && typeName(v) !== typeName(d)) {
      throw new TypeError(`Unexpected ${typeName(v)} for option '${k}' of cleaner '${def.id}', expected ${typeName(d)}`)
    }
  }
  const merged = { ...defaults, ...given }
  def.validate?.(merged as never)
  return merged
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
  if (!d || typeof d !== 'object' || typeof d.id !== 'string' || typeof d.compile !== 'function' || !['rewrite', 'line', 'document'].includes(d.stage)) {
    throw new TypeError(`Unexpected cleaner definition ${typeName(def)}, expected an object with id, stage and compile`)
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

  const cl = options.cleaners ?? {}
  if (typeof cl !== 'object' || cl === null || Array.isArray(cl)) throw new TypeError(`Unexpected cleaners option ${typeName(cl)}, expected an object keyed by cleaner id`)
  for (const [id, opt] of Object.entries(cl)) {
    const def = state.get(id)?.def ?? lookup(id, 'cleaners')
    if (typeof opt !== 'boolean' && (typeof opt !== 'object' || opt === null || Array.isArray(opt))) {
      throw new TypeError(`Unexpected ${typeName(opt)} for cleaner '${id}', expected a boolean or an options object`)
    }
    apply(def, opt)
  }
  for (const def of options.use ?? []) apply(checkDefinition(def), true)

  const cleaners: ResolvedCleaner[] = []
  for (const id of order) {
    const s = state.get(id)!
    if (s.on) cleaners.push({ def: s.def, options: checkCleanerOptions(s.def, s.options) })
  }

  const keep = options.keep ?? []
  if (!Array.isArray(keep)) throw new TypeError(`Unexpected keep option ${typeName(keep)}, expected a list of strings and regular expressions`)
  for (const k of keep) {
    if (typeof k !== 'string' && !(k instanceof RegExp)) throw new TypeError(`Unexpected ${typeName(k)} in keep, expected a string or a RegExp`)
  }

  const languages = options.languages ?? LANGUAGES
  if (!Array.isArray(languages)) throw new TypeError(`Unexpected languages option ${typeName(languages)}, expected a list of language codes`)
  for (const l of languages) {
    if (!LANGUAGES.includes(l)) throw new RangeError(`Unexpected language '${l}', expected one of ${list(LANGUAGES)}`)
  }

  const format = options.format ?? 'paragraphs'
  if (!FORMATS.includes(format)) throw new RangeError(`Unexpected format '${String(format)}', expected one of ${list(FORMATS)}`)

  let maxRemovedShare: number | null = 0.85
  if (options.safety === false) maxRemovedShare = null
  else if (options.safety !== undefined) {
    const v = options.safety.maxRemovedShare ?? 0.85
    if (typeof v !== 'number' || !(v >= 0 && v <= 1)) throw new RangeError(`Unexpected safety.maxRemovedShare ${String(v)}, expected a number from 0 to 1`)
    maxRemovedShare = v
  }
  return { cleaners, keep, languages, format, maxRemovedShare }
}
