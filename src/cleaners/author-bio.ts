import type { DocumentCleaner, LineFeatures } from '../types.js'
import { AUTHOR_BIO } from '../data/author-bio.js'
import { functionWordSet } from '../data/function-words.js'
import { isProse } from '../features.js'
import { checkStrings, quote } from './phrase-cleaner.js'
import { escapeRegExp } from '../patterns.js'

export interface AuthorBioOptions {
  /**
   * Share of the document's prose words that must come before an author box: it follows the
   * article, it does not open it.
   * @default 0.5
   */
  minShare: number
  /**
   * Longest article-shaped line (prose, in words) allowed after an author box: a box with a
   * longer paragraph of prose under it is not at the end of the page, and stays.
   * @default 15
   */
  maxTailWords: number
  /**
   * Extra words of a job that a biography names (whole words, any case); the bundled ones are in
   * src/data/author-bio.ts.
   * @default []
   * @example ['sommelier', 'chef']
   */
  roles: string[]
  /**
   * Extra labels printed above the author's name (whole lines, any case, a final ':' or ','
   * ignored) or in front of it on its line ("Meet the writer: Jane Doe").
   * @default []
   * @example ['Meet the team', 'Meet the writer']
   */
  labels: string[]
}

const HONORIFIC = /^(?:dr|prof|mr|mrs|ms|mx|sir|dame)\.?$/i
/** Lower-case particles inside names: "Anke van der Berg", "Ana de la Cruz", "Ali bin Omar". */
const PARTICLE = /^(?:van|der|den|de|da|di|du|del|della|des|la|le|von|zu|bin|ibn|al|el|y|dos|das|do|ter|ten)$/
/** A capitalised name word with a lower-case letter ("Marsh", "McNamara", "O'Malley", "DeLuca"), or an initial. */
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’-]*\p{Ll}[\p{L}\p{M}'’-]*|\p{Lu}\.)$/u
/** Credentials or a role after the name: "Ruth Okafor, MA, MFA", "Paul Hart – Founder of …", "Jo Kim (Example Labs)". */
const AFTER_NAME = /\s*[,|–—]\s*|\s+-\s+|\s+\(/
const NOT_NAME_END = /[.!?;:…。]$/u

/**
 * The person a line names, when the whole line is a name: two to six capitalised words (with
 * honorifics and particles), optionally followed by credentials or a role after a comma or dash.
 * Returns the name words, or null.
 */
export function nameOf(text: string, functionWords: ReadonlySet<string>): string[] | null {
  const t = text.trim()
  if (t.length > 80 || NOT_NAME_END.test(t) || /\d/.test(t)) return null
  const base = t.split(AFTER_NAME)[0]!
  const words = base.split(/\s+/)
  if (words.length < 2 || words.length > 7) return null
  const names: string[] = []
  for (const w of words) {
    if (HONORIFIC.test(w) || PARTICLE.test(w)) continue
    if (!NAME_WORD.test(w) || functionWords.has(w.toLowerCase())) return null
    names.push(w)
  }
  return names.length >= 2 && names.length <= 6 ? names : null
}

/** Words of a line as letters only: "Marsh’s" → "Marsh", "(Editor" → "Editor". */
function bareWords(text: string, max: number): string[] {
  const out: string[] = []
  for (const w of text.split(/\s+/, max)) {
    const b = w.replace(/[’']s$/u, '').replace(/[^\p{L}\p{M}'’-]/gu, '')
    if (b) out.push(b)
  }
  return out
}

/** The paragraph names the person (first or second name word) in its first 14 words. */
function names(text: string, person: readonly string[]): boolean {
  const head = bareWords(text, 14)
  return head.includes(person[0]!) || head.includes(person[1]!)
}

/** A short line that links to the person's posts: "View all posts by Jane Doe", "More from Jane Doe". */
function postsLink(text: string, person: readonly string[]): boolean {
  return text.length <= 80 && POSTS_LINK.test(text) && text.includes(person[0]!) && text.includes(person[person.length - 1]!)
}
const POSTS_LINK = /^[\s\p{P}\p{S}]*(?:view|see|read|browse|more)\b.{0,30}?\b(?:posts|articles|stories|by|from)\b/iu

/** The name a paragraph starts with: two to four capitalised name words before a lower-case word ("Jane Doe is …"). */
function leadingName(text: string): string[] | null {
  const words = bareWords(text, 5)
  const names: string[] = []
  for (const w of words) {
    if (!NAME_WORD.test(w)) break
    names.push(w)
  }
  return names.length >= 2 && names.length <= 4 && names.length < words.length ? names : null
}

/** A label glued to the name that follows it: a lower-case letter, then a capital ("byJane"). */
function glued(text: string, at: number): boolean {
  return /\p{Ll}/u.test(text[at - 1]!) && /\p{Lu}/u.test(text[at]!)
}


/**
 * Author boxes after the article: a line that is a person's name ("Lena Marsh", "Dr Anke van
 * der Berg", "Ruth Okafor, MA, MFA"), at most two short lines (a role: "Contributing Writer"),
 * and a biography that names that person again in its first words and holds a job word
 * ("… is a content writer at …", "… ist Redakteurin …"), with the paragraphs after it that name
 * them too. A label right above the name ("Written by", "About the author") goes with the box, and
 * one in front of the name on its line ("Written by Jane Doe", "About Jane Doe", "Von Anna Schmidt")
 * makes it a name line.
 *
 * Only at the end of the page: after most of the article's prose (minShare), with no paragraph
 * of prose after the box but other boxes (a listicle of people, "Jane Doe" over "Jane Doe is a
 * nurse who …", goes on with more entries, or more article, under it).
 */
export const authorBio: DocumentCleaner<AuthorBioOptions> = {
  id: 'author-bio',
  category: 'noise',
  stage: 'document',
  description: 'Author boxes after the article: a name line and a biography that names them again ("Jane Doe" / "Jane Doe is a senior editor at …")',
  enabled: true,
  risky: true,
  defaults: { minShare: 0.5, maxTailWords: 15, roles: [], labels: [] },
  validate(o) {
    if (typeof o.minShare !== 'number' || !(o.minShare >= 0 && o.minShare <= 1)) {
      throw new RangeError(`Unexpected minShare ${String(o.minShare)} for cleaner 'author-bio', expected a number from 0 to 1`)
    }
    if (!Number.isInteger(o.maxTailWords) || o.maxTailWords < 0) {
      throw new RangeError(`Unexpected maxTailWords ${String(o.maxTailWords)} for cleaner 'author-bio', expected a non-negative integer`)
    }
    for (const k of ['roles', 'labels'] as const) checkStrings('author-bio', k, o[k])
  },
  examples: [
    {
      input: [
        'The city museum reopened on Saturday after a two-year renovation that added a glass roof over its central courtyard.',
        'Visitors queued from early morning, and the new children\'s gallery on the top floor was full within an hour of opening.',
        'Written by',
        'Jane Doe',
        'Jane Doe is a senior reporter at the Example Gazette, where she has covered city hall since 2015.',
      ].join('\n'),
      output: 'The city museum reopened on Saturday after a two-year renovation that added a glass roof over its central courtyard.\n\nVisitors queued from early morning, and the new children\'s gallery on the top floor was full within an hour of opening.\n',
    },
    {
      input: [
        'Der Stadtrat hat am Dienstag beschlossen, die alte Brücke wegen tiefer Risse in zwei Pfeilern für den Verkehr zu sperren.',
        'Die Reparatur soll mindestens achtzehn Monate dauern, und eine Fähre bringt Radfahrer und Fußgänger über den Fluss.',
        'Anna Schmidt',
        'Lokalredaktion',
        'Anna Schmidt ist Redakteurin im Lokalressort und schreibt seit 2018 über Verkehr und Stadtplanung.',
      ].join('\n'),
      output: 'Der Stadtrat hat am Dienstag beschlossen, die alte Brücke wegen tiefer Risse in zwei Pfeilern für den Verkehr zu sperren.\n\nDie Reparatur soll mindestens achtzehn Monate dauern, und eine Fähre bringt Radfahrer und Fußgänger über den Fluss.\n',
      note: 'German: name, role line, biography',
    },
    {
      input: [
        'The city museum reopened on Saturday after a two-year renovation that added a glass roof over its central courtyard.',
        'Visitors queued from early morning, and the new children\'s gallery on the top floor was full within an hour of opening.',
        'Written by Jane Doe',
        'Jane Doe is a senior reporter at the Example Gazette, where she has covered city hall since 2015.',
      ].join('\n'),
      output: 'The city museum reopened on Saturday after a two-year renovation that added a glass roof over its central courtyard.\n\nVisitors queued from early morning, and the new children\'s gallery on the top floor was full within an hour of opening.\n',
      note: 'the label in front of the name on its line',
    },
    {
      input: [
        'The council voted on Tuesday to close the old bridge to traffic after engineers found deep cracks in two of its piers.',
        'Maria Lopez',
        'Maria Lopez, a retired engineer who lives by the bridge, said she had warned the council about the cracks for years.',
        'Repairs are expected to take at least eighteen months, and a temporary ferry will carry cyclists and pedestrians across the river.',
      ].join('\n'),
      output: 'The council voted on Tuesday to close the old bridge to traffic after engineers found deep cracks in two of its piers.\n\nMaria Lopez\n\nMaria Lopez, a retired engineer who lives by the bridge, said she had warned the council about the cracks for years.\n\nRepairs are expected to take at least eighteen months, and a temporary ferry will carry cyclists and pedestrians across the river.\n',
      note: 'article prose after it: a section about a person, not an author box',
    },
    {
      input: [
        'Hiking trails near the city, ranked by our readers after a summer of weekend walks.',
        'Cedar Ridge State Park',
        'Cedar Ridge State Park is another great place for beginners, and its rangers are experts on the local birds.',
      ].join('\n'),
      output: 'Hiking trails near the city, ranked by our readers after a summer of weekend walks.\n\nCedar Ridge State Park\n\nCedar Ridge State Park is another great place for beginners, and its rangers are experts on the local birds.\n',
      note: 'before most of the article: an entry of a list, not an author box',
    },
  ],
  compile(o, env) {
    const data = env.languages.map((l) => AUTHOR_BIO[l]).filter((d) => d !== undefined)
    const roles = [...data.flatMap((d) => d.roles), ...o.roles].map((r) => escapeRegExp(r.toLowerCase()))
    const role = new RegExp(`(?:^|[^\\p{L}\\p{M}])(?:${roles.join('|')})(?![\\p{L}\\p{M}])`, 'iu')
    const labels = new Set([...data.flatMap((d) => d.labels), ...o.labels].map((l) => l.toLowerCase().trim()))
    const isLabel = (text: string): boolean => text.length <= 40 && labels.has(text.toLowerCase().trim().replace(/\s*[:,]$/, ''))
    // a label in front of the name on its line: "Written by Jane Doe", "About Jane Doe", or glued
    // to it by a scraper that dropped the space between two elements ("Written byJane Doe")
    const prefixes = [...labels].sort((a, b) => b.length - a.length)
    const nameAfterLabel = (text: string): string[] | null => {
      const t = text.trim()
      const lower = t.toLowerCase()
      for (const l of prefixes) {
        if (lower.length > l.length + 1 && lower.startsWith(l) && (/[\s:,]/.test(lower[l.length]!) || glued(t, l.length))) {
          return nameOf(t.slice(l.length).replace(/^[\s:,]+/, ''), fw)
        }
      }
      return null
    }
    const pronouns = data.flatMap((d) => d.pronouns).map(escape)
    const pronoun = new RegExp(`(?:^|[^\\p{L}\\p{M}])(?:${pronouns.join('|')})(?![\\p{L}\\p{M}'’])`, 'iu')
    const fw = functionWordSet()
    // a biography names the person in its first words, holds a job word, and is about a person:
    // it starts with the name, or speaks of them as "she", "er", "elle" (not "Subscribe to the
    // Morning Digest …" under a heading "Morning Digest")
    const isBio = (text: string, f: LineFeatures, person: readonly string[]): boolean =>
      f.words >= 12 && f.endsSentence && names(text, person) && role.test(text) &&
      (person.includes(bareWords(text, 2).find((w) => !HONORIFIC.test(w)) ?? '') || pronoun.test(text))
    // under a label ("Written by" / "Jane Doe"), a biography may speak of the person without
    // naming them ("Award-winning author and editor. I founded …"): a job word and a pronoun do
    const isLabelledBio = (text: string, f: LineFeatures, person: readonly string[]): boolean =>
      isBio(text, f, person) || (f.words >= 12 && f.endsSentence && pronoun.test(text) && (role.test(text) || names(text, person)))

    return (doc) => {
      const kept = doc.kept()
      const n = kept.length
      if (n < 3) return
      // prose words at or after each kept line
      const after = new Array<number>(n + 1).fill(0)
      for (let k = n - 1; k >= 0; k--) {
        const f = doc.features(kept[k]!)
        after[k] = after[k + 1]! + (isProse(f) ? f.words : 0)
      }
      const total = after[0]!
      if (total === 0) return
      // candidate boxes, in order: [first, last] kept positions, the name's line, the biography's, the person
      // kind: a name line over the biography, a label over it, or a link to the person's posts under it
      const boxes: { from: number; to: number; name: number; bio: number; person: string[]; kind: 'name' | 'label' | 'link' }[] = []
      for (let k = 1; k < n - 1; k++) {
        if (total - after[k]! < o.minShare * total) continue
        const f = doc.features(kept[k]!)
        // a biography with no name line, under a link to the person's posts: "Jane Doe is a gear
        // editor at …" / "View all posts by Jane Doe"
        if (f.words > 12) {
          const text = doc.lines[kept[k]!]!.text
          const who = f.endsSentence && role.test(text) ? leadingName(text) : null
          if (who && postsLink(doc.lines[kept[k + 1]!]!.text, who) && !(boxes.length && k <= boxes[boxes.length - 1]!.to)) {
            boxes.push({ from: k, to: k + 1, name: k, bio: k, person: who, kind: 'link' })
            k++
          }
          continue
        }
        if (f.words < 2) continue
        const line = doc.lines[kept[k]!]!.text
        const bare = nameOf(line, fw)
        // a label right over the biography: "About the Author:" / "Jane Doe is a content writer …"
        const over = !bare && isLabel(line) ? leadingName(doc.lines[kept[k + 1]!]!.text) : null
        const person = bare ?? over ?? nameAfterLabel(line)
        if (!person) continue
        const labelled = !bare || isLabel(doc.lines[kept[k - 1]!]!.text)
        const bio = labelled ? isLabelledBio : isBio
        // the biography: the next line, or after one or two short lines (a role, a credential)
        let b = k + 1
        while (!over && b < n && b <= k + 2 && !bio(doc.lines[kept[b]!]!.text, doc.features(kept[b]!), person)) {
          const g = doc.features(kept[b]!)
          if (g.words > 8 || g.endsSentence) break
          b++
        }
        if (b >= n || !bio(doc.lines[kept[b]!]!.text, doc.features(kept[b]!), person)) continue
        // more paragraphs that name them, and a "View all posts by Jane Doe" line
        let to = b
        while (to + 1 < n) {
          const t = doc.lines[kept[to + 1]!]!.text
          const g = doc.features(kept[to + 1]!)
          const more = g.words >= 8 ? names(t, person) : t.includes(person[0]!) && t.includes(person[person.length - 1]!) && !nameOf(t, fw)
          if (!more) break
          to++
        }
        const from = k > 0 && isLabel(doc.lines[kept[k - 1]!]!.text) ? k - 1 : k
        if (boxes.length && from <= boxes[boxes.length - 1]!.to) continue
        boxes.push({ from, to, name: k, bio: b, person, kind: over !== null ? 'label' : 'name' })
        k = to
      }
      if (!boxes.length) return
      // At the end of the page: from the last box back, no prose paragraph after a box but other boxes.
      let clear = true
      let next = n
      const accepted: typeof boxes = []
      for (let x = boxes.length - 1; x >= 0; x--) {
        const box = boxes[x]!
        for (let k = box.to + 1; k < next && clear; k++) {
          const f = doc.features(kept[k]!)
          if (isProse(f) && f.words > o.maxTailWords) clear = false
        }
        if (!clear) break
        accepted.push(box)
        next = box.from
      }
      for (const box of accepted) {
        const name = doc.lines[kept[box.name]!]!.text.trim()
        for (let k = box.from; k <= box.to; k++) {
          const who = quote(box.person.join(' '))
          let why: string
          if (box.kind === 'link') why = k === box.name ? `author box: biography of ${who} (a link to their posts follows, after the article)` : `author box: link to the posts of ${who}`
          else if (k === box.name) {
            why = box.kind === 'label'
              ? `author box label ${quote(name)} (a biography of ${who} follows, after the article)`
              : `author box ${quote(name)} (a name line; a biography that names them follows, after the article)`
          } else if (k < box.name) why = `author box label over ${quote(name)}`
          else why = k < box.bio ? `author box: role line under ${quote(name)}` : `author box: biography of ${quote(name)}`
          doc.remove(kept[k]!, 'author-bio', why, { data: { name, lines: box.to - box.from + 1 } })
        }
      }
    }
  },
}
