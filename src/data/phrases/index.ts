import type { PhraseKind, PhraseSet, PhraseTable } from './types.js'
import { en } from './en.js'
import { de } from './de.js'
import { es } from './es.js'
import { fr } from './fr.js'
import { it } from './it.js'
import { nl } from './nl.js'
import { pt } from './pt.js'
import { zh } from './zh.js'
import { ja } from './ja.js'
import { ko } from './ko.js'

export type { PhraseKind, PhraseSet, PhraseTable } from './types.js'

/**
 * Phrase data of every bundled language, keyed by ISO 639-1 code. One file per language
 * (src/data/phrases/<code>.ts); add a language by adding a file and registering it here.
 */
export const PHRASES: Readonly<Record<string, PhraseTable>> = { en, de, es, fr, it, nl, pt, zh, ja, ko }

/** Codes of the bundled languages. */
export const LANGUAGES: readonly string[] = Object.keys(PHRASES)

/** The phrases of one kind in the given languages, merged (duplicates removed, order kept). */
export function phrasesOf(kind: PhraseKind, languages: readonly string[]): Required<PhraseSet> {
  const lines = new Set<string>()
  const starts = new Set<string>()
  const sentences = new Set<string>()
  for (const lang of languages) {
    const set = PHRASES[lang]?.[kind]
    for (const p of set?.lines ?? []) lines.add(p)
    for (const p of set?.starts ?? []) starts.add(p)
    for (const p of set?.sentences ?? []) sentences.add(p)
  }
  return { lines: [...lines], starts: [...starts], sentences: [...sentences] }
}
