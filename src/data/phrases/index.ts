import type { PhraseKind, PhraseSet, PhraseTable } from './types.js'
import { en } from './en.js'

export type { PhraseKind, PhraseSet, PhraseTable } from './types.js'

/** Phrase data of every bundled language, keyed by ISO 639-1 code. */
export const PHRASES: Readonly<Record<string, PhraseTable>> = { en }

/** Codes of the bundled languages. */
export const LANGUAGES: readonly string[] = Object.keys(PHRASES)

/** The phrases of one kind in the given languages, merged (duplicates removed, order kept). */
export function phrasesOf(kind: PhraseKind, languages: readonly string[]): Required<PhraseSet> {
  const lines = new Set<string>()
  const starts = new Set<string>()
  for (const lang of languages) {
    const set = PHRASES[lang]?.[kind]
    for (const p of set?.lines ?? []) lines.add(p)
    for (const p of set?.starts ?? []) starts.add(p)
  }
  return { lines: [...lines], starts: [...starts] }
}
