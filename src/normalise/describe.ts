/**
 * Small helpers to word edit reasons like remark-lint: "Unexpected mojibake `â€™`, expected `’`".
 */

/** `U+00A0` for a code point. */
export function codePointLabel(codePoint: number): string {
  return 'U+' + codePoint.toString(16).toUpperCase().padStart(4, '0')
}

/** Characters that would be invisible or confusing inside a message. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zs}\p{Zl}\p{Zp}\p{Cs}\u00ad]/gu

/** Make invisible characters visible: `a<U+200B>b`. Plain spaces stay. */
export function visible(text: string): string {
  return text.replace(INVISIBLE, (ch) => (ch === ' ' ? ch : `<${codePointLabel(ch.codePointAt(0)!)}>`))
}

/**
 * Wrap `text` in backticks like inline code in Markdown, with a longer fence when the text itself
 * has backticks. Invisible characters are shown as `<U+XXXX>`.
 */
export function code(text: string): string {
  const shown = visible(text)
  let longest = 0
  for (const run of shown.match(/`+/g) ?? []) longest = Math.max(longest, run.length)
  const fence = '`'.repeat(longest + 1)
  const pad = longest > 0 || shown.startsWith('`') || shown.endsWith('`') ? ' ' : ''
  return fence + pad + shown + pad + fence
}

/** Offsets of a prefix and suffix that `a` and `b` share, not splitting surrogate pairs. */
export function commonEnds(a: string, b: string): { prefix: number; suffix: number } {
  const max = Math.min(a.length, b.length)
  let prefix = 0
  while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++
  if (prefix > 0 && isHigh(a.charCodeAt(prefix - 1))) prefix--
  let suffix = 0
  while (suffix < max - prefix && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++
  if (suffix > 0 && isLow(a.charCodeAt(a.length - suffix))) suffix--
  return { prefix, suffix }
}

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}
