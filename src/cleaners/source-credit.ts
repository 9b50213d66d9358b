import { definePhraseCleaner } from './phrase-cleaner.js'

/** Source and syndication credits. Turn off (`cleaners: {'source-credit': false}`) to keep the attribution. */
export const sourceCredit = definePhraseCleaner({
  id: 'source-credit',
  what: 'source credit',
  description: 'Source and syndication credits: "Original Source: …", "This article originally appeared on …"',
  maxWords: 30,
  examples: [
    { input: 'Story.\nOriginal Source: www.example.com', output: 'Story.\n' },
    { input: 'Story.\nThis article originally appeared on The Conversation.', output: 'Story.\n' },
    { input: 'The original source of the leak has never been identified, investigators said.', output: 'The original source of the leak has never been identified, investigators said.\n', note: 'prose about a source stays' },
  ],
})
