/**
 * Pure normalisation functions behind the `normalise` cleaners, for re-export from the package
 * index. Each works on any string (the `…Edits` functions on one line) and never throws on input.
 */
export { fixMojibake, repairMojibake, explainPlan, MOJIBAKE_HINT } from './mojibake.js'
export type { MojibakeFix, MojibakeRepair, MojibakeChange, MojibakeOptions, PlanStep } from './mojibake.js'
export { badness, isBad } from './badness.js'
export { CHARMAP_ENCODINGS, type CharmapEncoding } from './charmaps.js'
export { fixEntities, entityEdits } from './entities.js'
export { cleanUnicode, unicodeEdits, UNICODE_DEFAULTS } from './unicode.js'
export type { UnicodeOptions, NormalizationForm } from './unicode.js'
export { fixTypography, typographyEdits, TYPOGRAPHY_DEFAULTS } from './typography.js'
export type { TypographyOptions, TypographyStyle } from './typography.js'
export { fixBullets, bulletEdits, BULLET_MARKERS, BULLET_DEFAULTS } from './bullets.js'
export type { BulletOptions, BulletMarker } from './bullets.js'
export { stripMarkup, markupEdits } from './markup.js'
