import { definePhraseCleaner } from './phrase-cleaner.js'

/** Legal, cookie and copyright lines. */
export const legal = definePhraseCleaner({
  id: 'legal',
  what: 'legal or cookie line',
  rows: true,
  description: 'Copyright, cookie and legal lines: "© 2024 … All rights reserved.", "We use cookies …", "Privacy Policy | Terms of Use"',
  maxWords: 60,
  paragraphs: true,
  examples: [
    { input: 'Story.\n© 2024 Example Media. All rights reserved.', output: 'Story.\n' },
    { input: 'Story.\nWe use cookies to improve your experience on our site.\nPrivacy Policy | Terms of Use', output: 'Story.\n' },
    { input: 'The court ruled that the copyright had expired and the recipes were in the public domain.', output: 'The court ruled that the copyright had expired and the recipes were in the public domain.\n', note: 'prose about copyright stays' },
    { input: 'Text.\n© 2024 Beispiel Verlag GmbH. Alle Rechte vorbehalten.\nImpressum', output: 'Text.\n', note: 'German' },
    { input: 'Las cookies de terceros dejarán de funcionar en el navegador el próximo año, anunció la empresa.', output: 'Las cookies de terceros dejarán de funcionar en el navegador el próximo año, anunció la empresa.\n', note: 'Spanish prose about cookies stays' },
  ],
})
