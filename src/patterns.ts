/**
 * Every regular expression the core shares, in one documented place (valibot style).
 * Cleaner-specific patterns live with their cleaner; anything used by two units lives here.
 *
 * All patterns are Unicode-aware (`u` flag) so that letters, digits and spaces of every
 * script count, not only ASCII.
 */

/** Line breaks the document model splits on: CRLF, CR, LF, and the Unicode line and paragraph separators. */
export const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/g

/**
 * Horizontal white space: ASCII space and tab, no-break spaces, the en/em/thin… spaces of
 * U+2000–U+200A, the narrow no-break space, the medium mathematical space, the ideographic
 * space, the Ogham space mark, and form feed / vertical tab.
 */
export const HSPACE_CLASS = '[ \\t\\f\\v\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]'

/** Whether a UTF-16 code unit is horizontal white space (HSPACE_CLASS). */
export function isHSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 12 || c === 11 || c === 0xa0 || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000
}

/** A line made only of horizontal white space (or nothing). */
export const BLANK_LINE = new RegExp(`^${HSPACE_CLASS}*$`, 'u')

/** A word: a run of letters, marks, digits, apostrophes or inner hyphens. */
export const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*/gu

/** A letter of any script. */
export const LETTER = /\p{L}/u

/** An upper-case or title-case letter at the start of a word. */
export const CAPITALISED = /^[\p{Lu}\p{Lt}]/u

/** Terminal punctuation of a sentence, optionally followed by closing quotes or brackets. */
export const SENTENCE_END = /[.!?…。！？][\p{Pf}\p{Pe}"'’”»)\]]*$/u

/** A line that ends in a question mark (optionally before closing quotes or brackets): an FAQ's question heading, "Why does my starter smell of acetone?". */
export const QUESTION = /[?？][\p{Pf}\p{Pe}"'’”»)\]]*\s*$/u

/** A back arrow opening a line, a link to the previous post or back to a list ("← All Articles", "←Previous: …"). Guillemets are left out: they open and close quotations (French, Swiss German, Italian). */
export const BACK_LINK = /^\s*[←⟵⇐]\s*(?=\S)/u

/** A forward arrow closing a line, a link to the next post ("Next Post →"). */
export const NEXT_LINK = /[→⟶⇒]\s*$/u

/** A sentence boundary inside a line: terminal punctuation, closers, a space, then a capital or opener. */
export const SENTENCE_BOUNDARY = /[.!?…][\p{Pf}\p{Pe}"'’”»)\]]*\s+(?=[\p{Lu}\p{Pi}\p{Ps}"“«])/gu

/** A URL or bare domain (www.example.com, example.co.uk/path). */
export const URL = /\b(?:https?:\/\/|www\.)[^\s]+|\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|info|co|io|news|gov|edu|de|fr|es|it|nl|pt|br|uk|us|ca|au|in|ru|jp)\b(?:\/[^\s]*)?/iu

/** A canonical UUID (any version), optionally wrapped in braces. */
export const UUID = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i

/** A hexadecimal hash or object id: 12+ hex digits with at least one digit and one letter a–f. */
export const HEX_ID = /^(?=[0-9a-f]*[0-9])(?=[0-9a-f]*[a-f])[0-9a-f]{12,128}$/i

/** A number as counters print it: 12, 1,204, 1.2K, 3M, 4.5k, 1500; or a registration number (01234567890). */
export const NUMBER_SOURCE = '(?:\\d{1,3}(?:[.,\\u00A0 ]\\d{3})*|\\d{4,})(?:[.,]\\d+)?\\s?[KkMm]?'

/** A bare number of up to four digits: a widget counter to the counter rule, a rank or a page number in a table or a pager. */
export const BARE_NUMBER = /^\d{1,4}$/

/** A year alone on a line (1000–2099): a timeline's heading when entries follow, a counter's value otherwise. */
export const BARE_YEAR = /^(?:1\d{3}|20\d{2})$/

/** Characters that a scraper leaves as list bullets at the start of a line. */
export const BULLET = /^[-*•·‣◦▪▫■□●○–—]\s+/u

/** Escape a string for literal use inside a RegExp. */
export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

/**
 * A RegExp source for any of `words` (word lists of the cleaners' data: compile it with the `i`
 * flag): lower-cased and deduplicated, the longest first, a space matches any run of white space,
 * an apostrophe either kind, and a final `*` any ending of the word ("commission*" → "commissions").
 */
export function wordAlternation(words: readonly string[]): string {
  const keys = [...new Set(words.map((w) => w.toLowerCase().trim()))].sort((a, b) => b.length - a.length)
  return keys.map((w) => {
    const star = w.endsWith('*')
    const body = escapeRegExp(star ? w.slice(0, -1) : w).replace(/\s+/g, '\\s+').replace(/['’]/g, "['’]")
    return star ? `${body}[\\p{L}\\p{M}-]*` : body
  }).join('|')
}

/**
 * A label of up to three words and its value after a colon: "Best Picture: Oppenheimer",
 * "Referee: Michael Oliver", "Dose: one tablet twice a day", "Returns: Promise<void>". Lines of
 * an article's own list or template, which the teaser and copy rules leave alone.
 */
export const LABEL_VALUE = /^\s*(?:\S+\s+){0,2}\S+?\s?[:：]\s*\S/u
