/**
 * HTML entities left in text ("Fish &amp; chips", "It&#8217;s", "&nbsp;") decoded to the
 * characters they stand for, with the `entities` package (HTML5 rules: `&#150;` is "–" as in
 * browsers, invalid code points become U+FFFD).
 *
 * Precision first: only complete references with their semicolon are decoded ("AT&T", "&copy 2020"
 * and "?a=1&b=2" stay). Doubly escaped references ("&amp;amp;", "&amp;#8217;") are decoded all the
 * way, so that decoding is idempotent. Entity names that a scraper upper-cased ("&EACUTE;") are
 * decoded as the upper-case character, as ftfy does.
 */

import { decodeHTMLStrict } from 'entities'
import type { Edit } from '../types.js'
import { applyEdits, fixpointEdits } from './edits.js'
import { code } from './describe.js'

/**
 * A character reference, optionally preceded by escaped ampersands (`&amp;`, `&#38;`, `&#x26;`)
 * that a second round of escaping added.
 */
const REFERENCE =
  /&((?:(?:amp|AMP|#0*38|#[xX]0*26);)*)(#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9]{1,31});/g

/** Decode one reference body (`amp`, `#8217`, `EACUTE`) or return null when it is not one. */
function decodeReference(body: string): string | null {
  const entity = '&' + body + ';'
  const decoded = decodeHTMLStrict(entity)
  if (decoded !== entity) return decoded
  // An upper-cased name ("&EACUTE;"): decode the lower-case entity and upper-case the result.
  if (/^[A-Z][A-Z0-9]+$/.test(body)) {
    const lower = '&' + body.toLowerCase() + ';'
    const lowered = decodeHTMLStrict(lower)
    if (lowered !== lower) return lowered.toUpperCase()
  }
  return null
}

/** Edits that decode the entities of one line, or null when there are none. */
export function entityEdits(text: string): Edit[] | null {
  if (text.indexOf('&') < 0) return null
  // A decoded character can complete a new reference ("&amp&semi;"): decode to a fixed point.
  return fixpointEdits(text, decodeOnce)
}

function decodeOnce(text: string): Edit[] | null {
  if (text.indexOf('&') < 0) return null
  let edits: Edit[] | null = null
  REFERENCE.lastIndex = 0
  for (const match of text.matchAll(REFERENCE)) {
    const [actual, escapes, body] = match as unknown as [string, string, string]
    const decoded = decodeReference(body)
    let expected: string
    if (decoded !== null) expected = decoded
    else if (escapes) expected = '&' + body + ';' // only the extra escaping comes off
    else continue
    const double = escapes ? ', escaped twice' : ''
    ;(edits ??= []).push({
      start: match.index,
      end: match.index + actual.length,
      text: expected,
      reason: `Unexpected HTML entity ${code(actual)}, expected ${code(expected)}${double}`,
    })
  }
  return edits
}

/**
 * Decode the HTML entities of `text`.
 *
 * @example
 *   fixEntities('Fish &amp; chips, it&#8217;s&nbsp;fine') // 'Fish & chips, it’s\u00a0fine'
 */
export function fixEntities(text: string): string {
  return applyEdits(text, entityEdits(text))
}
