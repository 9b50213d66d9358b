/**
 * Statistical line classifier for page chrome that no phrase names: menus, footers, sidebars,
 * related lists, author boxes, comment threads. Text only (no HTML), in the spirit of jusText,
 * with boosted trees over line features and a max-sum decoder over the sequence of lines.
 * Pure TypeScript, no Node APIs, deterministic, linear in the document size.
 */
import { classifyPrepared, prepare } from './classify.js'
import { WEIGHTS } from './weights.js'
import type { StatsCache } from './features.js'
import type { Classification, ClassifierLine, ClassifierOptions } from './types.js'

export type { Classification, ClassifierLine, ClassifierOptions, ClassifierPreset, LineVerdict } from './types.js'
export { detectLanguage, SUPPORTED_LANGUAGES } from './language.js'
export { createStatsCache, type StatsCache } from './features.js'

/** Classify the non-blank lines of a document; verdicts are aligned with `lines`. */
export function classifyLines(lines: readonly ClassifierLine[], options: ClassifierOptions = {}, cache?: StatsCache): Classification {
  const prep = prepare(lines, options, cache)
  return classifyPrepared(prep, WEIGHTS, options.preset ?? 'balanced')
}
