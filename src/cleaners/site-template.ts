import type { DocumentCleaner } from '../types.js'
import { quote } from './phrase-cleaner.js'
import { lineKey, perDocument } from '../document-utils.js'
import { isProse } from '../features.js'
import { checkTemplates, type Templates } from '../templates.js'

export interface SiteTemplateOptions {
  /**
   * Templates learned by `createTemplateLearner()` / `learnTemplates()` (or
   * `unscrape --learn-templates`). Without them the cleaner does nothing.
   * @default null
   */
  templates: Templates | null
  /**
   * Fewest distinct template lines of one group a document must contain to be taken for a page
   * of that group (the group with the most wins; ties go to the first name in sort order).
   * @default 3
   */
  minMatches: number
}

const EXAMPLE_TEMPLATES: Templates = {
  version: 1,
  groups: {
    'example.com': { documents: 40, lines: { home: 40, news: 40, sport: 39, weather: 31, 'about us': 40, careers: 38 } },
  },
}

/**
 * Lines a site prints on every page (menu, footer, sidebar and newsletter boxes), learned from
 * repetition across the site's documents (see src/templates.ts). A document is matched to the
 * group whose template it shares most; its template lines go when they stand together (a run of
 * two or more) or outside the article (before its first or after its last paragraph). A single
 * template line inside the article, such as a section heading the site uses on many pages,
 * stays.
 */
export const siteTemplate: DocumentCleaner<SiteTemplateOptions> = {
  id: 'site-template',
  category: 'noise',
  stage: 'document',
  description: 'Lines the site prints on every page (menus, footers), learned from repetition across its documents',
  enabled: true,
  risky: true,
  defaults: { templates: null, minMatches: 3 },
  validate(o) {
    if (o.templates !== null) checkTemplates(o.templates, "option 'templates' of cleaner 'site-template'")
    if (!Number.isInteger(o.minMatches) || o.minMatches < 1) throw new RangeError(`Unexpected minMatches ${o.minMatches} for cleaner 'site-template', expected a positive integer`)
  },
  examples: [
    {
      input: 'Home\nNews\nSport\nThe council voted on Tuesday to close the old bridge after engineers found cracks in two of its supports.\nWeather\nHeavy rain is expected on Friday, and the ferry that replaces the bridge may not sail.\nAbout us\nCareers',
      output: 'The council voted on Tuesday to close the old bridge after engineers found cracks in two of its supports.\n\nWeather\n\nHeavy rain is expected on Friday, and the ferry that replaces the bridge may not sail.\n',
      options: { templates: EXAMPLE_TEMPLATES },
      note: 'the menu and the footer go; a template line alone inside the article stays',
    },
    {
      input: 'Home\nRecipes\nThese pancakes take ten minutes to make and need nothing you do not already have.\nAbout us',
      output: 'Home\n\nRecipes\n\nThese pancakes take ten minutes to make and need nothing you do not already have.\n\nAbout us\n',
      options: { templates: EXAMPLE_TEMPLATES },
      note: 'a page that shares only two template lines is not a page of that site',
    },
  ],
  compile(o) {
    if (!o.templates) return () => {}
    const groups = o.templates.groups
    const names = Object.keys(groups).sort()
    // line key → the groups whose template has it
    const byKey = new Map<string, number[]>()
    names.forEach((name, g) => {
      for (const k of Object.keys(groups[name]!.lines)) {
        const list = byKey.get(k)
        if (list) list.push(g)
        else byKey.set(k, [g])
      }
    })
    const keyOf = perDocument(lineKey) // the same lines come again in later rounds
    return (doc) => {
      const kept = doc.kept()
      const keys = kept.map((i) => (doc.lines[i]!.text.length > 1000 ? '' : keyOf(doc, doc.lines[i]!.text)))
      // Which site: the group that shares the most distinct lines with this document.
      const votes = new Int32Array(names.length)
      const seen = new Set<string>()
      for (const k of keys) {
        if (!k || seen.has(k)) continue
        seen.add(k)
        for (const g of byKey.get(k) ?? []) votes[g]!++
      }
      let best = -1
      for (let g = 0; g < names.length; g++) if (votes[g]! >= o.minMatches && (best < 0 || votes[g]! > votes[best]!)) best = g
      if (best < 0) return
      const name = names[best]!
      const { lines, documents } = groups[name]!
      const inTemplate = keys.map((k) => k !== '' && Object.hasOwn(lines, k))
      // The article's span: from its first to its last paragraph that is not a template line.
      let first = -1
      let last = -1
      kept.forEach((i, p) => {
        if (!inTemplate[p] && isProse(doc.features(i))) {
          if (first < 0) first = p
          last = p
        }
      })
      const site = name ? `of ${name}` : 'of the site'
      kept.forEach((i, p) => {
        if (!inTemplate[p]) return
        const run = (p > 0 && inTemplate[p - 1]) || (p + 1 < kept.length && inTemplate[p + 1])
        if (!run && first >= 0 && p > first && p < last) return
        const count = lines[keys[p]!]!
        doc.remove(i, 'site-template', `site template line ${quote(doc.lines[i]!.text)} (on ${count} of ${documents} pages ${site})`, {
          data: { group: name, documents: count, of: documents },
        })
      })
    }
  },
}
