import type { CleanOptions, CleanResult } from './types.js'
import { createCleaner, type Cleaner } from './pipeline.js'

export type * from './types.js'
export type { Cleaner } from './pipeline.js'
export type { PhraseKind, PhraseSet, PhraseTable } from './data/phrases/index.js'
export type { PhraseOptions } from './cleaners/phrase-cleaner.js'
export { createCleaner } from './pipeline.js'
export { cleanStream, createCleanTransform } from './stream.js'
export { cleaners, registry } from './registry.js'
export { presets } from './presets.js'
export { PHRASES, LANGUAGES } from './data/phrases/index.js'
export { CJK_FUNCTION_CHARS, FUNCTION_WORDS, KOREAN_ENDINGS } from './data/function-words.js'
export { definePhraseCleaner } from './cleaners/phrase-cleaner.js'
export { lineFeatures, isProse, isHeadlineShaped } from './features.js'
export {
  fixMojibake, repairMojibake, badness, isBad, fixEntities, cleanUnicode, fixTypography, fixBullets, stripMarkup,
} from './normalise/index.js'
export type {
  MojibakeFix, MojibakeRepair, MojibakeChange, MojibakeOptions, UnicodeOptions, NormalizationForm, TypographyOptions,
  TypographyStyle, BulletOptions, BulletMarker,
} from './normalise/index.js'
export { createTemplateLearner, learnTemplates, siteOf } from './templates.js'
export type { Templates, SiteTemplate, TemplateLearner, TemplateLearnerOptions } from './templates.js'
export { classifyLines, detectLanguage, SUPPORTED_LANGUAGES } from './classifier/index.js'
export type { Classification, ClassifierLine, ClassifierOptions, ClassifierPreset, LineVerdict } from './classifier/index.js'

let defaultCleaner: Cleaner | undefined
/** Compiled pipelines by options object, so that `clean(text, sameOptions)` in a loop compiles once. */
const compiled = new WeakMap<CleanOptions, Cleaner>()

function pipelineFor(options?: CleanOptions): Cleaner {
  if (options === undefined) return (defaultCleaner ??= createCleaner())
  if (typeof options !== 'object' || options === null) return createCleaner(options)
  let c = compiled.get(options)
  if (!c) { c = createCleaner(options); compiled.set(options, c) }
  return c
}

/**
 * Clean one scraped document with the default pipeline (or `options`); returns the clean text.
 * The pipeline compiled for an options object is cached with that object: treat it as read-only
 * (or compile explicitly with `createCleaner(options)`).
 * @example
 *   clean('Title\n0\n77b894ee-98c4-41e9-bdc0-672c7d31e19b\nBody text.')
 *   // => 'Title\n\nBody text.\n'
 */
export function clean(text: string, options?: CleanOptions): string {
  return pipelineFor(options).clean(text)
}

/**
 * Clean one document and explain every change: `{ text, messages, stats }`. Messages have the
 * shape of vfile messages (ruleId, source, reason, place in the ORIGINAL text, actual, expected).
 */
export function cleanWithReport(text: string, options?: CleanOptions): CleanResult {
  return pipelineFor(options).run(text)
}
