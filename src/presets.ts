import type { Preset } from './types.js'
import { cleaners, deepFreeze } from './registry.js'

/** Every cleaner in registry order, on or off as its `enabled` flag says. */
const defaultPreset: Preset = cleaners.map((c) => (c.enabled ? c.id : ([c.id, false] as [string, boolean])))

/**
 * Only rules that look at a line's own words or at exact repetition: no statistical or
 * context-based removal (no classifier, no trailing-chrome cut, no author boxes, no table of contents, no captions
 * found by context, no reworded headlines), cross-links only on short lines.
 */
const conservativePreset: Preset = [
  ...defaultPreset,
  ['boilerplate', false],
  ['trailing-chrome', false],
  ['author-bio', false],
  ['table-of-contents', false],
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
export const presets = deepFreeze({
  default: defaultPreset,
  conservative: conservativePreset,
} as const satisfies Record<string, Preset>)
