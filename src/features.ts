import type { LineFeatures } from './types.js'
import { CAPITALISED, SENTENCE_BOUNDARY, SENTENCE_END, WORD } from './patterns.js'
import { functionWordSet } from './data/function-words.js'

/**
 * Cheap shape features of one line of text. One scan for words plus a few character
 * counts; used by the prose guard of phrase rules and by document cleaners.
 */
export function lineFeatures(text: string, lang?: string): LineFeatures {
  const fw = functionWordSet(lang)
  let words = 0
  let capitalised = 0
  let functionWords = 0
  WORD.lastIndex = 0
  for (const m of text.matchAll(WORD)) {
    words++
    const w = m[0]
    if (CAPITALISED.test(w)) capitalised++
    if (fw.has(w.toLowerCase())) functionWords++
  }
  let letters = 0
  let digits = 0
  let upper = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 48 && c <= 57) digits++
    else if (c >= 65 && c <= 90) { letters++; upper++ }
    else if (c >= 97 && c <= 122) letters++
    else if (c > 127) {
      const ch = text[i]!
      if (ch.toLowerCase() !== ch) { letters++; upper++ }
      else if (ch.toUpperCase() !== ch) letters++
    }
  }
  const boundaries = text.match(SENTENCE_BOUNDARY)?.length ?? 0
  return {
    chars: text.length,
    words,
    capitalised,
    functionWords,
    endsSentence: SENTENCE_END.test(text),
    sentences: boundaries + 1,
    letters,
    digits,
    upper,
  }
}

/**
 * Reads as article prose: long enough, sentence-shaped and rich in function words.
 * Phrase rules never remove such a line unless their phrase is unambiguous.
 */
export function isProse(f: LineFeatures): boolean {
  return f.words >= 12 && f.endsSentence && f.functionWords / f.words >= 0.25
}

/**
 * Shaped like a headline: a few words, no terminal full stop, mostly capitalised (title case)
 * or a short sentence-case phrase without a full stop.
 */
export function isHeadlineShaped(f: LineFeatures, text: string): boolean {
  if (f.words < 3 || f.words > 25) return false
  if (/[.;]$/.test(text)) return false
  return f.capitalised / f.words >= 0.5 || f.words <= 14
}
