/**
 * Site templates: the lines a site prints on every page (its menu, footer, sidebar headings,
 * newsletter box), learned from repetition across documents instead of hard-coded.
 *
 * `createTemplateLearner()` counts, per group of documents (a site), in how many documents each
 * line occurs; lines in at least `minShare` of a group's documents are its template. The result
 * is plain JSON (`Templates`), to save and hand to the `site-template` cleaner, which removes
 * template lines from the pages of that site. No Node APIs: runs wherever the core runs.
 *
 * Deterministic and order-free: the same documents give the same templates in any order, because
 * each group learns from the `sample` documents with the smallest hash of their text (a bottom-k
 * sample), not from the first ones to arrive. Identical documents count once. Memory is bounded
 * by groups × sample × lines per document, not by the size of the corpus.
 */
import { lineKey } from './document-utils.js'
import { LINE_BREAK } from './patterns.js'

/** What one group of documents (a site) shares. */
export interface SiteTemplate {
  /** Documents the counts are over (the group's sample). */
  documents: number
  /** Line key (lower-case words, one space) → number of those documents that have the line. */
  lines: Record<string, number>
}

/** Learned templates, by group (a site's host name, or '' for a corpus of one site). */
export interface Templates {
  version: 1
  groups: Record<string, SiteTemplate>
}

export interface TemplateLearnerOptions {
  /**
   * Fewest documents a group needs before it has a template, and fewest documents a line must
   * be in.
   * @default 4
   */
  minDocuments?: number
  /**
   * Share of a group's documents a line must be in to belong to the template.
   * @default 0.5
   * @example 0.8
   */
  minShare?: number
  /**
   * Documents per group to learn from (the bottom-k sample by text hash).
   * @default 1000
   */
  sample?: number
}

export interface TemplateLearner {
  /** Add one document; `group` is its site (see `siteOf`), '' when the corpus is one site. */
  add(text: string, group?: string): void
  /** The templates of the documents added so far. */
  templates(): Templates
}

/** Longest line (in characters) worth remembering: a template line is a menu entry or a notice. */
const MAX_LINE = 1000

/** Two 32-bit FNV-1a variants of a string, as one number below 2^53 (order key of the sample). */
function hash(text: string): number {
  let a = 0x811c9dc5
  let b = 0x01000193
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193)
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15)
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff)
}

/** The distinct line keys of a document, in first-seen order. */
function lineKeys(text: string): string[] {
  const seen = new Set<string>()
  for (const raw of text.split(LINE_BREAK)) {
    if (raw.length > MAX_LINE) continue
    const key = lineKey(raw)
    if (key) seen.add(key)
  }
  return [...seen]
}

interface Sampled { hash: number; keys: string[] }

function checkOptions(o: TemplateLearnerOptions): Required<TemplateLearnerOptions> {
  const r = { minDocuments: o.minDocuments ?? 4, minShare: o.minShare ?? 0.5, sample: o.sample ?? 1000 }
  for (const k of ['minDocuments', 'sample'] as const) {
    if (!Number.isInteger(r[k]) || r[k] < 1) throw new RangeError(`Unexpected ${k} ${String(r[k])} for the template learner, expected a positive integer`)
  }
  if (typeof r.minShare !== 'number' || !(r.minShare > 0 && r.minShare <= 1)) {
    throw new RangeError(`Unexpected minShare ${String(r.minShare)} for the template learner, expected a number above 0 and at most 1`)
  }
  return r
}

/**
 * Learn site templates from documents added one at a time.
 * @example
 *   const learner = createTemplateLearner()
 *   for (const page of pages) learner.add(page.text, siteOf(page.url))
 *   const templates = learner.templates() // JSON: save it, pass it to the site-template cleaner
 */
export function createTemplateLearner(options: TemplateLearnerOptions = {}): TemplateLearner {
  const o = checkOptions(options)
  const groups = new Map<string, { docs: Sampled[]; hashes: Set<number>; max: number }>()
  const trim = (g: { docs: Sampled[]; hashes: Set<number>; max: number }) => {
    g.docs.sort((x, y) => x.hash - y.hash)
    for (const d of g.docs.splice(o.sample)) g.hashes.delete(d.hash)
    g.max = g.docs.length >= o.sample ? g.docs[g.docs.length - 1]!.hash : Infinity
  }
  return {
    add(text, group = '') {
      if (typeof text !== 'string') throw new TypeError(`Unexpected ${text === null ? 'null' : typeof text} document, expected a string`)
      if (typeof group !== 'string') throw new TypeError(`Unexpected ${group === null ? 'null' : typeof group} group, expected a string`)
      let g = groups.get(group)
      if (!g) groups.set(group, (g = { docs: [], hashes: new Set(), max: Infinity }))
      const h = hash(text)
      if (h >= g.max || g.hashes.has(h)) return // outside the sample, or a copy of a document in it
      g.docs.push({ hash: h, keys: lineKeys(text) })
      g.hashes.add(h)
      if (g.docs.length >= 2 * o.sample) trim(g)
    },
    templates() {
      const out: Templates = { version: 1, groups: {} }
      for (const name of [...groups.keys()].sort()) {
        const g = groups.get(name)!
        trim(g)
        const n = g.docs.length
        if (n < o.minDocuments) continue
        const counts = new Map<string, number>()
        for (const d of g.docs) for (const k of d.keys) counts.set(k, (counts.get(k) ?? 0) + 1)
        const need = Math.max(o.minDocuments, Math.ceil(o.minShare * n))
        const lines: Record<string, number> = {}
        for (const k of [...counts.keys()].sort()) if (counts.get(k)! >= need) lines[k] = counts.get(k)!
        if (Object.keys(lines).length) out.groups[name] = { documents: n, lines }
      }
      return out
    },
  }
}

/** Learn templates from a list of documents (text, or text with its group). */
export function learnTemplates(documents: Iterable<string | { text: string; group?: string }>, options?: TemplateLearnerOptions): Templates {
  const learner = createTemplateLearner(options)
  for (const d of documents) {
    if (typeof d === 'string') learner.add(d)
    else learner.add(d.text, d.group ?? '')
  }
  return learner.templates()
}

/**
 * The group of a page from its URL: the host name without `www.`, lower-case. A value that is not
 * a URL is its own group (trimmed, lower-case).
 * @example
 *   siteOf('https://www.example.com/news/1') // => 'example.com'
 */
export function siteOf(url: string): string {
  const v = url.trim()
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]+)/i.exec(v)
  if (!m) return v.toLowerCase()
  const host = m[1]!.replace(/^[^@]*@/, '').replace(/:\d+$/, '').toLowerCase()
  return host.startsWith('www.') ? host.slice(4) : host
}

/** Check the shape of a templates object (from JSON); throws naming the first bad part. */
export function checkTemplates(t: unknown, where = 'templates'): Templates {
  const bad = (what: string) => new TypeError(`Unexpected ${what} in ${where}, expected { version: 1, groups: { <site>: { documents, lines: { <line>: count } } } }`)
  if (typeof t !== 'object' || t === null || Array.isArray(t)) throw bad(Array.isArray(t) ? 'array' : t === null ? 'null' : typeof t)
  const v = t as Partial<Templates>
  if (v.version !== 1) throw bad(`version ${JSON.stringify(v.version)}`)
  if (typeof v.groups !== 'object' || v.groups === null || Array.isArray(v.groups)) throw bad('groups')
  for (const [name, g] of Object.entries(v.groups)) {
    if (typeof g !== 'object' || g === null || !Number.isInteger(g.documents) || g.documents < 1) throw bad(`group '${name}'`)
    if (typeof g.lines !== 'object' || g.lines === null || Array.isArray(g.lines)) throw bad(`lines of group '${name}'`)
    for (const [k, c] of Object.entries(g.lines)) if (!Number.isInteger(c) || c < 1 || c > g.documents) throw bad(`count of line '${k}' in group '${name}'`)
  }
  return v as Templates
}
