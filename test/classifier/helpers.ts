import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { ClassifierLine } from '../../src/classifier/index.js'

export const ROOT = join(__dirname, '..', '..')
export const EVAL = join(ROOT, 'corpus', 'eval')

/** Non-blank lines of a text, whitespace-normalised; gapBefore when a blank line precedes. */
export function readLines(text: string): ClassifierLine[] {
  const lines: ClassifierLine[] = []
  let gap = false
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const t = raw.replace(/[\s\u00a0]+/g, ' ').trim()
    if (!t) { gap = true; continue }
    lines.push({ text: t, gapBefore: gap })
    gap = false
  }
  return lines
}

/** The eval harness's tokens: NFKC, lower case, runs of letters, marks, digits and "_". */
export function tokenize(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{M}\p{N}_]+/gu) ?? []
}

export function bagF1(pred: string, gold: string): { p: number; r: number; f: number } {
  const pt = tokenize(pred), gt = tokenize(gold)
  const g = new Map<string, number>()
  for (const t of gt) g.set(t, (g.get(t) ?? 0) + 1)
  let tp = 0
  for (const t of pt) { const c = g.get(t); if (c) { tp++; g.set(t, c - 1) } }
  if (!pt.length && !gt.length) return { p: 1, r: 1, f: 1 }
  const p = pt.length ? tp / pt.length : 0, r = gt.length ? tp / gt.length : 0
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 }
}

export function evalIds(): string[] {
  return readdirSync(join(EVAL, 'gold')).filter(f => f.endsWith('.txt')).map(f => f.slice(0, -4)).sort()
}

export function evalDoc(variant: 'naive' | 'light' | 'gold', id: string): string {
  return readFileSync(join(EVAL, variant, id + '.txt'), 'utf8')
}

/** Held out: the shipped weights are fitted on even ids only. */
export const isHeldOut = (id: string): boolean => Number(id.match(/(\d+)$/)![1]) % 2 === 1
