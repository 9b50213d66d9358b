import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LANGUAGES, PHRASES } from '../../src/index.js'
import type { PhraseKind, PhraseSet } from '../../src/index.js'
import { compilePhrases, firstWord, phraseKey } from '../../src/phrases.js'
import { lineKey } from '../../src/document-utils.js'
import { ROOT } from '../helpers/corpus.js'

const REQUIRED_LANGUAGES = ['en', 'de', 'es', 'fr', 'it', 'nl', 'pt', 'zh', 'ja', 'ko']
const KINDS: PhraseKind[] = [
  'comment-form', 'cross-link', 'newsletter-plug', 'donation-plug', 'social-plug', 'image-caption', 'breadcrumb',
  'theme-placeholder', 'source-credit', 'legal', 'ad-widget', 'counter', 'trailing-chrome', 'teaser-list', 'table-of-contents',
]
const LISTS = ['lines', 'starts', 'sentences'] as const

/** A phrase with its wildcards filled in: what a page would print. */
function instance(phrase: string): string {
  return phrase.replace(/#/g, '12').replace(/\*/g, 'Example Words')
}

function matchesWhole(phrase: string): boolean {
  const m = compilePhrases([phrase], [])
  const text = instance(phrase)
  const key = phraseKey(text)
  return m.whole(text, key, firstWord(key))
}

function matchesStart(phrase: string): boolean {
  const m = compilePhrases([], [phrase])
  const text = `${instance(phrase)} Example Words`
  return m.start(text, firstWord(phraseKey(text))) !== null
}

/** Every gold line and sentence of the sample corpus and the development benchmark. */
function goldTexts(): Set<string> {
  const dirs = [join(ROOT, 'corpus', 'gold'), join(ROOT, 'corpus', 'eval', 'gold'), join(ROOT, '..', 'shared', 'eval', 'dev', 'gold')]
  const out = new Set<string>()
  for (const dir of dirs) {
    if (!existsSync(dir)) continue
    for (const f of readdirSync(dir)) {
      for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
        const k = lineKey(line)
        if (k) out.add(k)
        for (const s of line.split(/(?<=[.!?…])\s+/u)) {
          const sk = lineKey(s)
          if (sk) out.add(sk)
        }
      }
    }
  }
  return out
}

describe('phrase data', () => {
  it('bundles the required languages', () => {
    for (const lang of REQUIRED_LANGUAGES) expect(LANGUAGES).toContain(lang)
  })

  describe.each(REQUIRED_LANGUAGES)('%s', (lang) => {
    const table = PHRASES[lang]!

    it('covers every kind of page furniture', () => {
      for (const kind of KINDS) {
        const set = table[kind] as PhraseSet | undefined
        expect(set, `${lang} ${kind}`).toBeDefined()
        expect(LISTS.some((l) => (set![l]?.length ?? 0) > 0), `${lang} ${kind}`).toBe(true)
      }
    })

    it('has no empty, untrimmed or duplicated phrase within a kind', () => {
      const bad: string[] = []
      for (const [kind, set] of Object.entries(table) as Array<[string, PhraseSet]>) {
        for (const list of LISTS) {
          const seen = new Set<string>()
          for (const p of set[list] ?? []) {
            if (!p.trim() || p !== p.trim()) bad.push(`${kind}.${list}: empty or untrimmed ${JSON.stringify(p)}`)
            if (p !== p.toLowerCase()) bad.push(`${kind}.${list}: not lower case ${JSON.stringify(p)}`)
            const key = p.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ')
            if (seen.has(key)) bad.push(`${kind}.${list}: duplicate ${JSON.stringify(p)}`)
            seen.add(key)
          }
        }
      }
      expect(bad).toEqual([])
    })

    it('keeps single words out of line-start phrases of the plug kinds', () => {
      // A single word may start a sentence of prose; plugs are named by two words or more (or a
      // word with a symbol: "Foto:", "©"). Chinese and Japanese write no spaces: a run of their
      // characters counts a word per two, as the line features count them.
      const words = (p: string): number => p.split(/\s+/).reduce((a, w) => {
        const cjk = w.match(/[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]/gu)?.length ?? 0
        return a + (cjk ? Math.ceil(cjk / 2) : 1)
      }, 0)
      const bad: string[] = []
      for (const kind of ['newsletter-plug', 'donation-plug', 'social-plug', 'comment-form', 'legal'] as const) {
        for (const list of ['starts', 'sentences'] as const) {
          for (const p of table[kind]?.[list] ?? []) {
            if (words(p) < 2 && /^[\p{L}\p{N}'’-]+$/u.test(p)) bad.push(`${kind}.${list}: ${JSON.stringify(p)}`)
          }
        }
      }
      expect(bad).toEqual([])
    })

    it('starts no line-start phrase with a wildcard', () => {
      // phraseFilter passes every line to a matcher with such a phrase: one in the bundled data
      // made the line pass 1.3 times slower
      const bad: string[] = []
      for (const [kind, set] of Object.entries(table) as Array<[string, PhraseSet]>) {
        for (const p of [...(set.starts ?? []), ...(set.sentences ?? [])]) if (p.startsWith('*')) bad.push(`${kind}: ${JSON.stringify(p)}`)
      }
      expect(bad).toEqual([])
    })

    it('every whole-line phrase matches itself as a whole line', () => {
      const bad: string[] = []
      for (const [kind, set] of Object.entries(table) as Array<[string, PhraseSet]>) {
        for (const p of set.lines ?? []) if (!matchesWhole(p)) bad.push(`${kind}: ${JSON.stringify(p)}`)
      }
      expect(bad).toEqual([])
    })

    it('every line-start phrase matches the start of a line', () => {
      const bad: string[] = []
      for (const [kind, set] of Object.entries(table) as Array<[string, PhraseSet]>) {
        for (const p of [...(set.starts ?? []), ...(set.sentences ?? [])]) if (!matchesStart(p)) bad.push(`${kind}: ${JSON.stringify(p)}`)
      }
      expect(bad).toEqual([])
    })
  })

  it('contains no sentence of the sample corpus or the benchmark gold', () => {
    // Labels of up to four words ("Related Articles") are page furniture that many sites share;
    // a longer phrase must not copy a sentence that a gold text contains.
    const gold = goldTexts()
    const copied: string[] = []
    for (const [lang, table] of Object.entries(PHRASES)) {
      for (const [kind, set] of Object.entries(table) as Array<[string, PhraseSet]>) {
        for (const list of LISTS) {
          for (const p of set[list] ?? []) {
            if (/[#*]/.test(p)) continue
            const key = lineKey(p)
            if (key.split(' ').length >= 5 && gold.has(key)) copied.push(`${lang} ${kind}.${list}: ${p}`)
          }
        }
      }
    }
    expect(copied).toEqual([])
  })

  it('compiles every language alone and all together', async () => {
    const { createCleaner } = await import('../../src/index.js')
    for (const lang of LANGUAGES) expect(() => createCleaner({ languages: [lang] })).not.toThrow()
    expect(() => createCleaner({ languages: LANGUAGES })).not.toThrow()
  })
})
