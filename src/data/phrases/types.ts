/**
 * Phrase data: what each kind of page furniture says, per language.
 *
 * A phrase is literal text matched case-insensitively, with three wildcards:
 * - `#` a number as counters print it (12, 1,204, 1.2K, 1500) or a registration number (01234567890);
 * - `*` any text (at least one character);
 * - `'` matches a straight or a curly apostrophe.
 *
 * `lines` match a WHOLE line (surrounding punctuation and symbols allowed: "» Leave a Reply:").
 * `starts` match the START of a short line that does not read as prose ("Photo: Jane Doe/Reuters"),
 * ending where a word ends or with their own colon or equals sign; in Chinese and Japanese a phrase
 * that ends in a character needs a character of another kind after it ("相关阅读：…").
 * `sentences` match the START of a short line even when it reads as prose: boilerplate sentences
 * specific enough that no article sentence begins with them ("Your email address will not be
 * published.", "Please make a small donation to …"); one that ends in a Chinese or Japanese
 * character or a Hangul syllable may end inside a word ("订阅我们的新闻" starts "订阅我们的新闻简报").
 *
 * Precision rules for phrase data: prefer specific multi-word phrases; a single word only in
 * `lines`; a phrase in `sentences` only when an article sentence could not start with it.
 */
export interface PhraseSet {
  lines?: readonly string[]
  starts?: readonly string[]
  sentences?: readonly string[]
}

/**
 * Kinds of page furniture that phrase data describes; each is used by the cleaner of the same id,
 * except `teaser-list`: the `trailing-chrome` terminators that announce other stories ("Related
 * Posts", "Read This Next"), under which `trailing-chrome` takes teaser cards of a headline and a
 * summary alone.
 */
export type PhraseKind =
  | 'comment-form'
  | 'cross-link'
  | 'newsletter-plug'
  | 'donation-plug'
  | 'social-plug'
  | 'image-caption'
  | 'breadcrumb'
  | 'theme-placeholder'
  | 'source-credit'
  | 'legal'
  | 'ad-widget'
  | 'counter'
  | 'trailing-chrome'
  | 'teaser-list'
  | 'table-of-contents'

export type PhraseTable = Partial<Record<PhraseKind, PhraseSet>>
