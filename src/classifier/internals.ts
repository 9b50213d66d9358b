/** Internals for scripts/fit-classifier.mjs and tests (not part of the public API). */
export { prepare, lineScores, stage1Scores, classifyPrepared, VALVE_MAX_REMOVED_SHARE } from './classify.js'
export { documentFeatures, contextFeatures, lineStats, FEATURE_NAMES, N_FEATURES, CONTEXT_FEATURE_NAMES, N_CONTEXT } from './features.js'
export { decode } from './decoder.js'
export { predict, packTrees } from './model.js'
export { detectLanguage, languageVote, SUPPORTED_LANGUAGES } from './language.js'
export { renderWeights } from './render.js'
export { functionWordSet } from '../data/function-words.js'
export { WEIGHTS } from './weights.js'
