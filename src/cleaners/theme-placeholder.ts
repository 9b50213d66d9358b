import { definePhraseCleaner } from './phrase-cleaner.js'

/** Demo text that themes and CMSs ship and many sites never edit. */
export const themePlaceholder = definePhraseCleaner({
  id: 'theme-placeholder',
  what: 'theme placeholder text',
  description: 'Theme and CMS demo text: the demo contact block, "Just another WordPress site", "Lorem ipsum …"',
  examples: [
    { input: 'Physical Address\n\n304 North Cardinal St.\nDorchester Center, MA 02124\n\nStory.', output: 'Story.\n' },
    { input: 'Just another WordPress site\nProudly powered by WordPress\nStory.', output: 'Story.\n' },
    { input: 'Lorem ipsum dolor sit amet, consectetur adipiscing elit.\nStory.', output: 'Story.\n' },
  ],
})
