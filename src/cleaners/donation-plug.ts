import { definePhraseCleaner } from './phrase-cleaner.js'

/** Donation and membership plugs. */
export const donationPlug = definePhraseCleaner({
  id: 'donation-plug',
  what: 'donation plug',
  description: 'Donation and membership plugs: "Please make a small donation to …", "Become a member"',
  examples: [
    { input: 'Text.\nPlease make a small donation to the Example Times to help sustain independent journalism. Your contribution keeps us going.', output: 'Text.\n' },
    { input: 'Text.\nSupport independent journalism: become a member today.', output: 'Text.\n' },
    { input: 'Text.\nBuy me a coffee', output: 'Text.\n', note: 'a tip jar' },
    { input: 'The charity said a small donation to local food banks can feed a family for a week.', output: 'The charity said a small donation to local food banks can feed a family for a week.\n', note: 'prose about donations stays' },
    { input: 'Texto.\nApoya el periodismo independiente: hazte socio hoy mismo.', output: 'Texto.\n', note: 'Spanish' },
    { input: 'Die Stiftung erhielt im vergangenen Jahr eine Spende von zwei Millionen Euro für den Bau der Schule.', output: 'Die Stiftung erhielt im vergangenen Jahr eine Spende von zwei Millionen Euro für den Bau der Schule.\n', note: 'German prose about a donation stays' },
  ],
})
