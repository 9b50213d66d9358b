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
    { input: 'Story.\nLorem ipsum 1\nLorem ipsum 2', output: 'Story.\n', note: 'numbered demo entries' },
    { input: 'Hallo Welt!\nStory.', output: 'Story.\n', note: 'German WordPress demo post' },
    { input: 'Powered by solar panels and a small wind turbine, the village has been off the grid since 2019.', output: 'Powered by solar panels and a small wind turbine, the village has been off the grid since 2019.\n', note: 'prose that starts like a theme credit stays' },
  ],
})
