import type { LineCleaner } from '../types.js'
import { DISCLOSURE, type DisclosureData } from '../data/disclosure.js'
import { SENTENCE_BOUNDARY, WORD, escapeRegExp, wordAlternation } from '../patterns.js'
import { pureLineRule } from '../model.js'
import { quote } from './phrase-cleaner.js'

export interface AffiliateDisclosureOptions {
  /**
   * Longest line, in words, that is taken for a disclosure: a longer paragraph that mentions its
   * links is article text.
   * @default 80
   */
  maxWords: number
  /**
   * Share of the line's words that its disclosure sentences (and short ones beside them: "Why
   * Trust Us?", "Learn more.") must hold.
   * @default 0.6
   */
  minShare: number
  /**
   * Extra words of each kind, added to the bundled ones of the loaded languages (lower case,
   * whole words, a final `*` for any ending); the kinds are explained in src/data/disclosure.ts.
   * @default {}
   * @example { fees: ['bounty'], links: ['partner links'] }
   */
  words: Partial<Record<keyof DisclosureData, string[]>>
}

/** Sentences of at most this many words beside a disclosure go with it ("Learn more.", "Why Trust Us?"). */
const ASIDE_WORDS = 5
/** Letters of each cue word in the quick search. */
const STEM = 6
const KINDS = ['self', 'reader', 'earners', 'earn', 'fees', 'buying', 'links', 'holds', 'idioms'] as const
/** Brackets: an aside, not what the sentence says (taken out but at the sentence's start). */
const BRACKETS = /\([^()]*\)/g
/** Reported speech or a question: a sentence of the article, not the site's notice. */
const NOT_A_NOTICE = /[?¿"“”«»„]/u

const L = '[\\p{L}\\p{M}]'
/** A whole-word, case-insensitive matcher for a list of words. */
const wordsRe = (words: readonly string[]): RegExp => new RegExp(`(?<!${L})(?:${wordAlternation(words)})(?!${L})`, 'iu')

const countWords = (s: string): number => s.match(WORD)?.length ?? 0

/**
 * Affiliate disclosures: "This post contains affiliate links.", "We may earn a commission when you
 * buy through our links.", "As an Amazon Associate I earn from qualifying purchases." A sentence
 * is one in the shapes src/data/disclosure.ts describes, all of which name the site itself (we,
 * our, this post); the line goes when such sentences (with short asides: "Learn more.") make up
 * most of it. An article about affiliate marketing ("add affiliate links to your pages") or about
 * fees ("agents get a commission when you buy") does not speak of the site earning, and a
 * paragraph that merely mentions a disclosure is mostly something else.
 */
export const affiliateDisclosure: LineCleaner<AffiliateDisclosureOptions> = {
  id: 'affiliate-disclosure',
  category: 'noise',
  stage: 'line',
  description: 'Affiliate disclosures: "This post contains affiliate links", "We may earn a commission when you buy through our links"',
  enabled: true,
  defaults: { maxWords: 80, minShare: 0.6, words: {} },
  validate(o) {
    if (!Number.isInteger(o.maxWords) || o.maxWords < 1) {
      throw new RangeError(`Unexpected maxWords ${String(o.maxWords)} for cleaner 'affiliate-disclosure', expected a positive integer`)
    }
    if (typeof o.minShare !== 'number' || !(o.minShare > 0 && o.minShare <= 1)) {
      throw new RangeError(`Unexpected minShare ${String(o.minShare)} for cleaner 'affiliate-disclosure', expected a number above 0 and at most 1`)
    }
    if (o.words === null || typeof o.words !== 'object' || Array.isArray(o.words)) {
      throw new TypeError(`Unexpected words for cleaner 'affiliate-disclosure', expected an object of word lists (${KINDS.join(', ')})`)
    }
    for (const [k, v] of Object.entries(o.words)) {
      if (!(KINDS as readonly string[]).includes(k)) {
        throw new TypeError(`Unexpected word kind '${k}' for cleaner 'affiliate-disclosure', expected one of ${KINDS.join(', ')}`)
      }
      if (!Array.isArray(v) || v.some((w) => typeof w !== 'string' || !w.trim())) {
        throw new TypeError(`Unexpected words.${k} for cleaner 'affiliate-disclosure', expected a list of non-empty strings`)
      }
    }
  },
  examples: [
    { input: 'Disclosure: This post contains affiliate links. If you buy through them, we may earn a small commission at no extra cost to you.\nThe best rain jackets for hiking, tested on three wet weekends.', output: 'The best rain jackets for hiking, tested on three wet weekends.\n' },
    { input: 'Text.\nProducts are chosen by our editors. Purchases made through our links may earn us a commission. Learn more.', output: 'Text.\n', note: 'an aside beside the disclosure goes with it' },
    { input: 'Text.\nAs an Amazon Associate I earn from qualifying purchases.', output: 'Text.\n' },
    { input: 'To measure these partnerships, add affiliate links and discount codes to every product page.', output: 'To measure these partnerships, add affiliate links and discount codes to every product page.\n', note: 'an article about affiliate marketing does not speak of itself' },
    { input: 'I wash the jars with a mild castile soap, just in case you were wondering (it is an affiliate link).', output: 'I wash the jars with a mild castile soap, just in case you were wondering (it is an affiliate link).\n', note: 'an aside in brackets does not make the sentence a disclosure' },
    { input: 'Text.\nDieser Beitrag enthält Affiliate-Links. Wenn du darüber kaufst, erhalten wir eine kleine Provision.', output: 'Text.\n', note: 'German' },
  ],
  compile(o, env) {
    const data = env.languages.map((l) => DISCLOSURE[l]).filter((d) => d !== undefined)
    const list = (k: keyof DisclosureData): string[] => [...data.flatMap((d) => d[k]), ...(o.words[k] ?? [])]
    const re = (k: keyof DisclosureData): RegExp => wordsRe(list(k))
    const self = re('self')
    const reader = re('reader')
    const fees = re('fees')
    const buying = re('buying')
    const links = re('links')
    const holds = re('holds')
    const idioms = re('idioms')
    // "we may earn", "I can receive", "may earn", and "erhalten wir" (the verb first)
    const earners = wordAlternation(list('earners'))
    const earn = wordAlternation(list('earn'))
    const earnVerb = wordsRe(list('earn'))
    const earns = new RegExp(`(?<!${L})(?:(?:${earners})\\s+(?:${L}+\\s+){0,2}(?:${earn})|(?:${earn})\\s+(?:${earners}))(?!${L})`, 'iu')
    // a line names something a site earns, or affiliate links: a search for the first letters of
    // those words (no look-behind, no Unicode mode: four times faster on a page) decides most
    // lines, and the whole words are looked for on the few it lets through
    const cues = [...list('fees'), ...list('links'), ...list('idioms')]
    const stems = [...new Set(cues.map((w) => escapeRegExp(w.replace(/\*$/, '').toLowerCase().slice(0, STEM))))]
    const maybe = new RegExp(stems.join('|'), 'i')
    const cue = wordsRe(cues)
    const disclosure = (sentence: string): boolean => {
      if (NOT_A_NOTICE.test(sentence)) return false
      // a note in brackets inside a sentence of the article is not what it says ("I use this soap
      // (both are affiliate links).")
      const at = sentence.search(/\S/)
      const t = sentence.includes('(') && at >= 0 ? sentence.slice(0, at + 1) + sentence.slice(at + 1).replace(BRACKETS, ' ') : sentence
      if (!self.test(t)) return false
      if (idioms.test(t)) return earnVerb.test(t)
      if (links.test(t) && holds.test(t)) return true
      // "we may earn a commission when you buy through our links": the reader is addressed
      return fees.test(t) && buying.test(t) && earns.test(t) && reader.test(t)
    }
    return pureLineRule((ctx) => {
      // (the features are computed on demand: read them only for a line that may be one)
      const text = ctx.text
      if (text.length < 24 || !maybe.test(text) || !cue.test(text)) return null
      const features = ctx.features
      if (features.words < 4 || features.words > o.maxWords) return null
      let share = 0
      let found = false
      for (const s of text.split(SENTENCE_BOUNDARY)) {
        const n = countWords(s)
        if (disclosure(s)) {
          found = true
          share += n
        } else if (n <= ASIDE_WORDS) share += n
      }
      return found && share >= o.minShare * features.words ? `affiliate disclosure ${quote(text)}` : null
    })
  },
}
