import { definePhraseCleaner, quote } from './phrase-cleaner.js'

/**
 * A caption that ends in a credit: "(Getty Images)", "(AP Photo/Jane Doe)", "Photo: Jane Doe/Reuters",
 * "| Credit: …". Agencies and stock libraries named here are shared by thousands of sites.
 */
const CREDIT_TAIL = /(?:\((?:[^()]{0,60}?(?:getty images|ap photo|ap images|reuters|afp|epa|shutterstock|istock|istockphoto|alamy|pexels|unsplash|file photo|handout|courtesy|photo|foto|image|credit|crédit|bild|imagen|immagine)[^()]{0,60})\)|(?:[|/–—-]\s*|\b)(?:photo|photograph|image|picture|credit|foto|bild|imagen|crédit|crédito|credito)s?\s*(?:by|:)\s*[^.!?]{2,60}|(?:\/|\bvia\s)\s*(?:getty images|reuters|afp|ap|shutterstock|istock|alamy|epa|unsplash))\s*$/iu

/** Image captions and credits. */
export const imageCaption = definePhraseCleaner({
  id: 'image-caption',
  what: 'image caption',
  description: 'Image captions and credits: "Photo: …", "(Getty Images)", "AP Photo/…", a caption line that ends in a credit',
  maxWords: 40,
  examples: [
    { input: 'Text.\nPhoto: Jane Doe/Reuters\nMore text.', output: 'Text.\n\nMore text.\n' },
    { input: 'Firefighters battle a blaze in the hills above the city on Tuesday. (AP Photo/John Smith)\nStory.', output: 'Story.\n' },
    { input: 'Story.\nA protester holds a sign outside parliament. Photograph: Anna Berg/AFP via Getty Images', output: 'Story.\n' },
    { input: 'The photo, taken in 1969, shows the crew before launch; it was later sold at auction for $12,000.', output: 'The photo, taken in 1969, shows the crew before launch; it was later sold at auction for $12,000.\n', note: 'prose about a photo stays' },
  ],
    // The credit is at the end: test the last 160 characters only, and count words only on a hit.
  shape: (ctx) => (ctx.text.length <= 600 && CREDIT_TAIL.test(ctx.text.slice(-160)) && ctx.features.words <= 60
    ? `image caption with a credit ${quote(ctx.text)}`
    : null),
})
