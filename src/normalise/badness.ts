/**
 * The "badness" heuristic of ftfy (python-ftfy's `ftfy/badness.py`, Apache-2.0), ported: a few
 * hundred characters occur in UTF-8 mojibake, and some sequences of them (an accented lowercase
 * letter followed by a currency sign, a C1 control, `â€`…) almost never occur in real text.
 * `badness` counts such sequences; text with none is left alone.
 */

/** Character classes (contents of a `[...]`), as in ftfy's MOJIBAKE_CATEGORIES. */
const CATEGORIES = {
  /** Appear in many contexts; sequences that contain them are not inherently mojibake. */
  common: '\u00a0\u00ad\u00b7\u00b4\u2013\u2014\u2015\u2026\u2019',
  /** C1 controls: no use outside mojibake any more. */
  c1: '\u0080-\u009f',
  /** Nearly 100% used in mojibake. */
  bad:
    '\u00a6\u00a4\u00a8\u00ac\u00af\u00b8\u0192\u02c6\u02c7\u02d8\u02db\u02dc\u2020\u2021\u2030\u2310\u25ca\ufffd' +
    '\u00aa\u00ba',
  /** Used in legalese. */
  law: '\u00b6\u00a7',
  currency: '\u00a2\u00a3\u00a5\u20a7\u20ac',
  start_punctuation: '\u00a1\u00ab\u00bf\u00a9\u0384\u0385\u2018\u201a\u201c\u201e\u2022\u2039\uf8ff',
  end_punctuation: '\u00ae\u00bb\u02dd\u201d\u203a\u2122',
  numeric:
    '\u00b2\u00b3\u00b9\u00b1\u00bc\u00bd\u00be\u00d7\u00b5\u00f7\u2044\u2202\u2206\u220f\u2211\u221a\u221e\u2229\u222b\u2248\u2260\u2261\u2264\u2265\u2116',
  /** Letters that might be used in emoticon faces (kaomoji). */
  kaomoji: '\u00d2-\u00d6\u00d9-\u00dc\u00f2-\u00f6\u00f8-\u00fc\u0150\u014c\u016a\u0172\u00b0',
  upper_accented:
    '\u00c0-\u00d1\u00d8\u00dc\u00dd\u0102\u0100\u0104\u0106\u010c\u010e\u0110\u0118\u011a\u0112\u0116\u011e\u0122' +
    '\u0130\u012a\u0136\u0139\u013d\u0141\u013b\u0143\u0147\u0145\u0152\u0158\u015a\u015e\u0160\u0162\u0164\u016e' +
    '\u0170\u0178\u0179\u017b\u017d\u0490',
  lower_accented:
    '\u00df\u00e0-\u00f1\u0103\u0105\u0101\u0107\u010d\u010f\u0111\u0119\u011b\u0113\u0117\u011f\u0123\u012f\u012b' +
    '\u0137\u013a\u013e\u0142\u013c\u0153\u0155\u015b\u015f\u0161\u0165\u00fc\u017a\u017c\u017e\u0491\ufb01\ufb02',
  upper_common:
    '\u00de\u0391-\u03a9\u0386\u0388\u0389\u038a\u038c\u038e\u038f\u03aa\u03ab\u0401-\u042f',
  lower_common: '\u03b1-\u03c9\u03ac\u03ad\u03ae\u03af\u03b0\u0430-\u045f',
  box: '\u2502\u250c\u2510\u2518\u251c\u2524\u252c\u253c\u2550-\u256c\u2580\u2584\u2588\u258c\u2590\u2591\u2592\u2593',
} as const

type Category = keyof typeof CATEGORIES

/** A character class made of the given categories and extra literal characters. */
function cls(names: Category[], extra = ''): string {
  return '[' + names.map((name) => CATEGORIES[name]).join('') + extra + ']'
}

// Python's `\w` and `\s` on str patterns are Unicode-aware; spelled out for JavaScript.
const W = '[\\p{L}\\p{N}_]'
const S = '[\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]'

/** The unlikely sequences, in ftfy's order (its BADNESS_RE, without the verbose-mode spacing). */
const ALTERNATIVES: string[] = [
  cls(['c1']),
  cls(['bad', 'lower_accented', 'upper_accented', 'box', 'start_punctuation', 'end_punctuation', 'currency', 'numeric', 'law']) + cls(['bad']),
  '[a-zA-Z]' + cls(['lower_common', 'upper_common']) + cls(['bad']),
  cls(['bad']) + cls(['lower_accented', 'upper_accented', 'box', 'start_punctuation', 'end_punctuation', 'currency', 'numeric', 'law']),
  cls(['lower_accented', 'lower_common', 'box', 'end_punctuation', 'currency', 'numeric']) + cls(['upper_accented']),
  cls(['box', 'end_punctuation', 'currency', 'numeric']) + cls(['lower_accented']),
  cls(['lower_accented', 'box', 'end_punctuation']) + cls(['currency']),
  S + cls(['upper_accented']) + cls(['currency']),
  cls(['upper_accented', 'box']) + cls(['numeric', 'law']),
  cls(['lower_accented', 'upper_accented', 'box', 'currency', 'end_punctuation']) + cls(['start_punctuation']) + cls(['numeric']),
  cls(['lower_accented', 'upper_accented', 'currency', 'numeric', 'box', 'law']) + cls(['end_punctuation']) + cls(['start_punctuation']),
  cls(['currency', 'numeric', 'box']) + cls(['start_punctuation']),
  '[a-z]' + cls(['upper_accented']) + cls(['start_punctuation', 'currency']),
  cls(['box']) + cls(['kaomoji']),
  cls(['lower_accented', 'upper_accented', 'currency', 'numeric', 'start_punctuation', 'end_punctuation', 'law']) + cls(['box']),
  cls(['box']) + cls(['end_punctuation']),
  cls(['lower_accented', 'upper_accented']) + cls(['start_punctuation', 'end_punctuation']) + W,
  // The ligature œ when not followed by an unaccented Latin letter.
  '[\u0152\u0153][^A-Za-z]',
  // Degree signs after capital letters.
  cls(['upper_accented']) + '\u00b0',
  // Common Windows-1252 2-character mojibake that isn't covered by the cases above.
  '[\u00c2\u00c3\u00ce\u00d0]' + cls(['start_punctuation', 'end_punctuation'], '\u20ac\u0153\u0160\u0161\u00a2\u00a3\u0178\u017e\u00a0\u00ad\u00ae\u00a9\u00b0\u00b7\u00bb\u2013\u2014\u00b4'),
  '\u00d7[\u00b2\u00b3]',
  // Windows-1252 mojibake of Arabic words needs the 'common' characters; four characters required.
  '[\u00d8\u00d9]' + cls(['common', 'currency', 'bad', 'numeric', 'start_punctuation'], '\u0178\u0160\u00ae\u00b0\u00b5\u00bb') +
    '[\u00d8\u00d9]' + cls(['common', 'currency', 'bad', 'numeric', 'start_punctuation'], '\u0178\u0160\u00ae\u00b0\u00b5\u00bb'),
  // Windows-1252 mojibake that starts 3-character sequences for some South Asian alphabets.
  '\u00e0[\u00b2\u00b5\u00b9\u00bc\u00bd\u00be]',
  // MacRoman mojibake that isn't covered by the cases above.
  '\u221a[\u00b1\u2202\u2020\u2260\u00ae\u2122\u00b4\u2264\u2265\u00a5\u00b5\u00f8]',
  '\u2248[\u00b0\u00a2]',
  '\u201a\u00c4[\u00ec\u00ee\u00ef\u00f2\u00f4\u00fa\u00f9\u00fb\u2020\u00b0\u00a2\u03c0]',
  '\u201a[\u00e2\u00f3][\u00e0\u00e4\u00b0\u00ea]',
  // Windows-1251 mojibake of characters in the U+2000 range.
  '\u0432\u0402',
  // Windows-1251 mojibake of Latin-1 characters and/or the Cyrillic alphabet (3 characters).
  '[\u0412\u0413\u0420\u0421]' + cls(['c1', 'bad', 'start_punctuation', 'end_punctuation', 'currency'], '\u00b0\u00b5') + '[\u0412\u0413\u0420\u0421]',
  // Windows-1251 on top of Latin-1 mojibake of Windows-1252 characters; a Latin letter nearby.
  '\u0413\u045e\u0412\u0402\u0412.[A-Za-z ]',
  // Windows-1252 encodings of 'à' and 'á', as well as \xa0 itself.
  '\u00c3[\u00a0\u00a1]',
  '[a-z]' + S + '?[\u00c3\u00c2] ',
  '^[\u00c3\u00c2] ',
  // Â preceding a character as an encoding of exactly the same character.
  '[a-z.,?!' + CATEGORIES.end_punctuation + ']\u00c2[ ' + CATEGORIES.start_punctuation + CATEGORIES.end_punctuation + ']',
  // Windows-1253 mojibake of characters in the U+2000 range.
  '\u03b2\u20ac[\u2122\u00a0\u0386\u00ad\u00ae\u00b0]',
  // Windows-1253 mojibake of Latin-1 characters and/or the Greek alphabet.
  '[\u0392\u0393\u039e\u039f]' + cls(['c1', 'bad', 'start_punctuation', 'end_punctuation', 'currency'], '\u00b0') + '[\u0392\u0393\u039e\u039f]',
  // Windows-1257 mojibake of characters in the U+2000 range.
  '\u0101\u20ac',
]

/** Matches one unlikely sequence of characters (global: use with `match` to count). */
export const BADNESS_RE = new RegExp(ALTERNATIVES.join('|'), 'gu')

const BADNESS_TEST = new RegExp(ALTERNATIVES.join('|'), 'u')

/**
 * The number of unlikely character sequences in `text`; more than 0 means some of it looks like
 * mojibake.
 */
export function badness(text: string): number {
  return text.match(BADNESS_RE)?.length ?? 0
}

/**
 * A necessary condition for any of the sequences above, cheap to test: two non-ASCII characters
 * in a row, a C1 control, "Ã " or "Â ", or "Œ"/"œ" before a non-letter. English text with curly
 * quotes and text with a few accented letters fail it, and skip the big expression.
 */
const SUSPECT = /[^\x00-\x7f]{2}|[\x80-\x9f]|[\u00c2\u00c3] |[\u0152\u0153][^A-Za-z]/

/** Whether `text` contains any sequence that looks like mojibake (ftfy's `is_bad`). */
export function isBad(text: string): boolean {
  return SUSPECT.test(text) && BADNESS_TEST.test(text)
}
