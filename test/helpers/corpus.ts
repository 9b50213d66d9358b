import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

export const ROOT = join(import.meta.dirname, '..', '..')
export const CORPUS = join(ROOT, 'corpus')

export interface SampleDoc { name: string; raw: string; gold: string }

/** The five sample articles with their gold text. */
export function sampleCorpus(): SampleDoc[] {
  return readdirSync(join(CORPUS, 'raw')).sort().map((name) => ({
    name,
    raw: readFileSync(join(CORPUS, 'raw', name), 'utf8'),
    gold: readFileSync(join(CORPUS, 'gold', name), 'utf8'),
  }))
}

export interface Label { line: number; label: string; text: string }

export function labels(): Record<string, Label[]> {
  return JSON.parse(readFileSync(join(CORPUS, 'labels.json'), 'utf8'))
}

/** Pages of the development benchmark slice shipped in corpus/eval (naive input and gold), if present. */
export function evalSlice(variant: 'naive' | 'light' = 'naive'): Array<{ id: string; input: string; gold: string }> {
  const dir = join(CORPUS, 'eval')
  if (!existsSync(join(dir, variant))) return []
  return readdirSync(join(dir, variant)).sort().map((f) => ({
    id: f.replace(/\.txt$/, ''),
    input: readFileSync(join(dir, variant, f), 'utf8'),
    gold: readFileSync(join(dir, 'gold', f), 'utf8'),
  }))
}
