import type { CleanerDefinition } from './types.js'
import { whitespace } from './cleaners/whitespace.js'
import { idLine } from './cleaners/id-line.js'
import { counter } from './cleaners/counter.js'
import { commentForm } from './cleaners/comment-form.js'
import { crossLink } from './cleaners/cross-link.js'
import { newsletterPlug } from './cleaners/newsletter-plug.js'
import { donationPlug } from './cleaners/donation-plug.js'
import { socialPlug } from './cleaners/social-plug.js'
import { imageCaption } from './cleaners/image-caption.js'
import { breadcrumb } from './cleaners/breadcrumb.js'
import { themePlaceholder } from './cleaners/theme-placeholder.js'
import { sourceCredit } from './cleaners/source-credit.js'
import { legal } from './cleaners/legal.js'
import { adWidget } from './cleaners/ad-widget.js'
import { duplicateTitle } from './cleaners/duplicate-title.js'
import { captionContext } from './cleaners/caption-context.js'
import { duplicateLine } from './cleaners/duplicate-line.js'
import { layout } from './cleaners/layout.js'

/**
 * Every bundled cleaner, in pipeline order within its stage (rewrites, then line rules, then
 * document cleaners). The default preset is this list with each cleaner's `enabled` flag.
 */
export const cleaners: readonly CleanerDefinition[] = [
  // rewrites (normalise)
  whitespace,
  // line rules (noise)
  idLine,
  counter,
  breadcrumb,
  themePlaceholder,
  commentForm,
  crossLink,
  newsletterPlug,
  donationPlug,
  socialPlug,
  imageCaption,
  sourceCredit,
  legal,
  adWidget,
  // document cleaners (noise)
  duplicateTitle,
  captionContext,
  duplicateLine,
  // document cleaners (normalise)
  layout,
]

/** Cleaners by id. */
export const registry: ReadonlyMap<string, CleanerDefinition> = new Map(cleaners.map((c) => [c.id, c]))
