import type { Preset } from './types.js'
import { cleaners } from './registry.js'

/** Every cleaner in registry order, on or off as its `enabled` flag says. */
const defaultPreset: Preset = cleaners.map((c) => (c.enabled ? c.id : ([c.id, false] as [string, boolean])))

/**
 * Only rules that look at a line's own words or exact repetition: no statistical or
 * context-based removal, fewer kinds of noise, never a sentence of prose.
 */
const conservativePreset: Preset = [
  ...defaultPreset,
  ['caption-context', false],
  ['cross-link', { maxWords: 20 }],
  ['duplicate-title', { near: false }],
]

/**
 * Presets by name. A preset is an ordered list; a later entry with the same id overrides an
 * earlier one, and `[id, false]` turns a cleaner off. Compose your own by spreading one:
 * @example
 *   createCleaner({ preset: [...presets.default, ['source-credit', false]] })
 */
export const presets = {
  default: defaultPreset,
  conservative: conservativePreset,
} as const satisfies Record<string, Preset>
