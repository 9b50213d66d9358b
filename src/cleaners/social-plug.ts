import { definePhraseCleaner } from './phrase-cleaner.js'

/** Social follow and share lines. */
export const socialPlug = definePhraseCleaner({
  id: 'social-plug',
  what: 'social plug',
  description: 'Follow and share lines: "Follow us on …", "Share this:", "Tweet", "Pin it", "Loading..."',
  examples: [
    { input: 'Text.\nConnect with us: Follow the Example Gazette on Facebook and Twitter for breaking news and updates.', output: 'Text.\n' },
    { input: 'Text.\nShare this:\nTwitter\nFacebook\nLike this:\nLoading...', output: 'Text.\n' },
    { input: 'She has 2 million followers and shares her recipes on Instagram every week.', output: 'She has 2 million followers and shares her recipes on Instagram every week.\n', note: 'prose about social media stays' },
    { input: 'Text.\nTeilen mit:\nKlicken, um auf Facebook zu teilen (Wird in neuem Fenster geöffnet)\nGefällt mir:\nWird geladen …', output: 'Text.\n', note: 'German sharing block' },
  ],
})
