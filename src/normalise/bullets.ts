/**
 * List bullets at the start of a line, in one style: "• item", "* item", "▪item" → "- item".
 */

import type { Edit } from '../types.js'
import { applyEdits, helperOptions } from './edits.js'
import { code } from './describe.js'

/** Markers a line can be normalised to. */
export const BULLET_MARKERS = ['-', '*', '•', '◦', '▪', '▫', '‣', '●', '○', '■', '□', '·', '–', '—'] as const

export type BulletMarker = (typeof BULLET_MARKERS)[number]

export interface BulletOptions {
  /**
   * The marker every bullet becomes (followed by one space).
   * @default '-'
   */
  marker: BulletMarker
  /**
   * Also treat a leading en or em dash followed by a space as a bullet (off: in many languages it opens dialogue).
   * @default false
   */
  dashes: boolean
}

export const BULLET_DEFAULTS: Readonly<BulletOptions> = { marker: '-', dashes: false }

/** Throws naming a bad value (the `bullets` cleaner's check, and fixBullets'). */
export function checkBulletOptions(options: BulletOptions): void {
  if (!(BULLET_MARKERS as readonly string[]).includes(options.marker)) {
    throw new RangeError(
      `Unexpected bullet marker '${String(options.marker)}', expected one of ${BULLET_MARKERS.map((m) => `'${m}'`).join(', ')}`,
    )
  }
  if (typeof options.dashes !== 'boolean') {
    throw new TypeError(`Unexpected bullets option dashes '${String(options.dashes)}', expected a boolean`)
  }
}

/** Glyphs that are bullets even without a space after them. */
const GLYPHS = '•◦▪▫‣●○■□'
const WITH_SPACE = new RegExp(`^(\\s*)([${GLYPHS}·*\\-])(\\s+)(?=\\S)`, 'u')
const WITHOUT_SPACE = new RegExp(`^(\\s*)([${GLYPHS}])()(?=[^\\s${GLYPHS}])`, 'u')
/** Any line that starts with a possible bullet (the cheap pre-check). */
const START = new RegExp(`^\\s*[${GLYPHS}·*\\-–—]`, 'u')
/** A separator line ("* * *", "- - -") is not a list item. */
const SEPARATOR = /^[\s*\-•·_=~–—]+$/u
const DASH = /^(\s*)([–—])(\s+)(?=\S)/u

/** The edit that normalises the bullet of one line, or null. */
export function bulletEdits(text: string, options: Partial<BulletOptions> = {}): Edit[] | null {
  if (!START.test(text)) return null
  const opts: BulletOptions = { ...BULLET_DEFAULTS, ...options }
  if (SEPARATOR.test(text)) return null
  const match = WITH_SPACE.exec(text) ?? WITHOUT_SPACE.exec(text) ?? (opts.dashes ? DASH.exec(text) : null)
  if (!match) return null
  const [, indent, marker, space] = match as unknown as [string, string, string, string]
  const expected = opts.marker + ' '
  if (marker + space === expected) return null
  const start = indent.length
  const end = start + marker.length + space.length
  return [
    {
      start,
      end,
      text: expected,
      reason: `Unexpected bullet ${code(marker)}, expected ${code(opts.marker)}`,
    },
  ]
}

/**
 * Normalise the bullets of every line of `text`.
 *
 * @example
 *   fixBullets('• one\n* two', { marker: '-' }) // '- one\n- two'
 */
export function fixBullets(text: string, options: Partial<BulletOptions> = {}): string {
  checkBulletOptions(helperOptions('fixBullets', BULLET_DEFAULTS, options))
  return text
    .split(/(\r\n|\r|\n|\u2028|\u2029)/)
    .map((part, i) => (i % 2 === 1 ? part : applyEdits(part, bulletEdits(part, options))))
    .join('')
}
