import type { CleanerDefinition } from './types.js'
import { whitespace } from './cleaners/whitespace.js'
import { markup } from './cleaners/markup.js'
import { htmlEntities } from './cleaners/html-entities.js'
import { mojibake } from './cleaners/mojibake.js'
import { unicode } from './cleaners/unicode.js'
import { typography } from './cleaners/typography.js'
import { bullets } from './cleaners/bullets.js'
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
import { affiliateDisclosure } from './cleaners/affiliate-disclosure.js'
import { creditLine } from './cleaners/credit-line.js'
import { adWidget } from './cleaners/ad-widget.js'
import { siteTemplate } from './cleaners/site-template.js'
import { duplicateTitle } from './cleaners/duplicate-title.js'
import { captionContext } from './cleaners/caption-context.js'
import { duplicateLine } from './cleaners/duplicate-line.js'
import { tableOfContents } from './cleaners/table-of-contents.js'
import { authorBio } from './cleaners/author-bio.js'
import { trailingChrome } from './cleaners/trailing-chrome.js'
import { bylineDate } from './cleaners/byline-date.js'
import { boilerplate } from './cleaners/boilerplate.js'
import { layout } from './cleaners/layout.js'

/**
 * Every bundled cleaner, in pipeline order within its stage (rewrites, then line rules, then
 * document cleaners). The default preset is this list with each cleaner's `enabled` flag.
 */
export const cleaners: readonly CleanerDefinition[] = [
  // rewrites (normalise), in this order: markup before entities (an escaped `&lt;br&gt;` is
  // text), mojibake before unicode and whitespace (it needs the C1 controls and no-break spaces
  // they would remove), whitespace last (it collapses what the others leave)
  markup,
  htmlEntities,
  mojibake,
  unicode,
  typography,
  bullets,
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
  affiliateDisclosure,
  creditLine,
  adWidget,
  // document cleaners (noise)
  siteTemplate,
  duplicateTitle,
  captionContext,
  duplicateLine,
  tableOfContents,
  authorBio,
  trailingChrome,
  bylineDate,
  boilerplate,
  // document cleaners (normalise)
  layout,
]

/**
 * Freeze plain arrays and objects, nested (not RegExps or functions): the shared tables are
 * read-only at run time too, not only in their types, so that no pipeline can change another's
 * defaults. Internal.
 */
export function deepFreeze<T>(v: T): T {
  if (Array.isArray(v) || (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype)) {
    for (const x of Object.values(v as object)) deepFreeze(x)
    Object.freeze(v)
  }
  return v
}
for (const c of cleaners) deepFreeze(c.defaults)

/** Cleaners by id. */
export const registry: ReadonlyMap<string, CleanerDefinition> = new Map(cleaners.map((c) => [c.id, c]))
