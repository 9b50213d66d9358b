import { BARE_NUMBER } from '../patterns.js'
import { definePhraseCleaner, quote } from './phrase-cleaner.js'

/** Engagement counters: a stray "0", "3 Comments", "1.2K shares", "5 min read", "Views: 120". */
export const counter = definePhraseCleaner({
  id: 'counter',
  what: 'counter',
  description: 'Engagement counters: a stray "0", "3 Comments", "1.2K shares", "5 min read", "Views: 120"',
  examples: [
    { input: 'Title\n0\nText.', output: 'Title\n\nText.\n' },
    { input: 'Text.\n1.2K shares\n5 min read\nViews: 120', output: 'Text.\n' },
    { input: 'He scored 3 goals in 5 minutes.', output: 'He scored 3 goals in 5 minutes.\n', note: 'numbers in prose stay' },
    { input: 'Texte.\n3 commentaires\n4 min de lecture\nLesezeit: 5 Minuten', output: 'Texte.\n', note: 'French and German' },
  ],
  pure: true,
  shape: ({ text }) => (text.length <= 4 && BARE_NUMBER.test(text) ? `counter ${quote(text)}` : null),
})
