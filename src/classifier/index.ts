/**
 * Statistical line classifier for page chrome that no phrase names: menus, footers, sidebars,
 * related lists, author boxes, comment threads. Text only (no HTML), in the spirit of jusText,
 * with boosted trees over line features and a max-sum decoder over the sequence of lines.
 * Pure TypeScript, no Node APIs, deterministic, linear in the document size.
 */
import { classifyPrepared, prepare } from './classify.js'
import { WEIGHTS } from './weights.js'
import { SUPPORTED_LANGUAGES } from './language.js'
import type { StatsCache } from './features.js'
import type { Classification, ClassifierLine, ClassifierOptions } from './types.js'

export type { Classification, ClassifierLine, ClassifierOptions, ClassifierPreset, LineVerdict } from './types.js'
export { detectLanguage, SUPPORTED_LANGUAGES } from './language.js'
export { createStatsCache, type StatsCache } from './features.js'

const OPTION_KEYS = ['preset', 'language', 'knownChrome']
const PRESETS = ['precision', 'balanced', 'recall']

/** Throws on an unknown key or a bad value, naming it (as the cleaners' options do). */
function checkOptions(o: ClassifierOptions): void {
  for (const k of Object.keys(o)) {
    if (!OPTION_KEYS.includes(k)) throw new RangeError(`Unexpected option '${k}' for classifyLines, expected one of ${OPTION_KEYS.join(', ')}`)
  }
  if (o.preset !== undefined && !PRESETS.includes(o.preset)) {
    throw new RangeError(`Unexpected preset '${String(o.preset)}' for classifyLines, expected 'precision', 'balanced' or 'recall'`)
  }
  if (o.language !== undefined && o.language !== '' && !SUPPORTED_LANGUAGES.includes(o.language)) {
    throw new RangeError(`Unexpected language '${String(o.language)}' for classifyLines, expected '' or one of ${SUPPORTED_LANGUAGES.join(', ')}`)
  }
  if (o.knownChrome !== undefined && !(Number.isInteger(o.knownChrome) && o.knownChrome >= 0)) {
    throw new RangeError(`Unexpected knownChrome ${String(o.knownChrome)} for classifyLines, expected a non-negative integer`)
  }
}

/** Classify the non-blank lines of a document; verdicts are aligned with `lines`. Bad options throw. */
export function classifyLines(lines: readonly ClassifierLine[], options: ClassifierOptions = {}, cache?: StatsCache): Classification {
  checkOptions(options)
  const prep = prepare(lines, options, cache)
  return classifyPrepared(prep, WEIGHTS, options.preset ?? 'balanced')
}
