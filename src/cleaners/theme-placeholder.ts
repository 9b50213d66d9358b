import { definePhraseCleaner } from './phrase-cleaner.js'

/**
 * A credit (a wildcard line that speaks of a theme, "powered" or "designed") names a theme, a company or a person: after "by", "de", "di", "par", "door", "von" or a
 * colon comes a capital or a digit ("Powered by WordPress", "Thème : Twenty Twenty par WordPress").
 * "Powered by hydrogen", "Tema di maturità: le tracce", "Thema: afval" are headings of articles.
 */
const CREDIT = /(?:^|[^\p{L}])(?:powered|designed|theme|thème|tema|thema)(?![\p{L}])/iu
const NAMED = /(?:^|[\s\u00a0])(?:by|de|di|da|por|par|door|von|durch)[\s\u00a0]+["“'‘«]?[\p{Lu}\p{N}]|:[\s\u00a0]*["“'‘«]?[\p{Lu}\p{N}]/u

/** Demo text that themes and CMSs ship and many sites never edit. */
export const themePlaceholder = definePhraseCleaner({
  id: 'theme-placeholder',
  what: 'theme placeholder text',
  description: 'Theme and CMS demo text: the demo contact block, "Just another WordPress site", "Lorem ipsum …"',
  acceptWildcard: (ctx) => !CREDIT.test(ctx.text) || NAMED.test(ctx.text),
  examples: [
    { input: 'Physical Address\n\n304 North Cardinal St.\nDorchester Center, MA 02124\n\nStory.', output: 'Story.\n' },
    { input: 'Just another WordPress site\nProudly powered by WordPress\nStory.', output: 'Story.\n' },
    { input: 'Lorem ipsum dolor sit amet, consectetur adipiscing elit.\nStory.', output: 'Story.\n' },
    { input: 'Story.\nLorem ipsum 1\nLorem ipsum 2', output: 'Story.\n', note: 'numbered demo entries' },
    { input: 'Hallo Welt!\nStory.', output: 'Story.\n', note: 'German WordPress demo post' },
    { input: 'Story.\nTheme by ThemeGrill\nPowered by WordPress', output: 'Story.\n', note: 'credits name a theme or a company' },
    { input: 'Story.\nPowered by hydrogen\nTema di maturità: le tracce uscite', output: 'Story.\n\nPowered by hydrogen\n\nTema di maturità: le tracce uscite\n', note: 'a heading that starts like a credit names no one' },
    { input: 'Powered by solar panels and a small wind turbine, the village has been off the grid since 2019.', output: 'Powered by solar panels and a small wind turbine, the village has been off the grid since 2019.\n', note: 'prose that starts like a theme credit stays' },
  ],
})
