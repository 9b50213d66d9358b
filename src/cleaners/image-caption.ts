import { definePhraseCleaner, quote } from './phrase-cleaner.js'

/**
 * A caption that ends in a credit: "(Getty Images)", "(AP Photo/Jane Doe)", "Photo: Jane Doe/Reuters",
 * "| Credit: …". Agencies and stock libraries named here are shared by thousands of sites.
 */
const AGENCY = '(?:getty images|ap photo|ap images|reuters|afp|epa|shutterstock|istock(?:photo)?|alamy|pexels|unsplash|file photo|handout|dpa|ansa|efe|picture alliance|imago)'
const CREDIT_WORD = '(?:photo|photograph|image|picture|credit|foto|fotografía|bild|imagen|immagine|crédit|crédito|credito)s?'
const CREDIT_TAIL = new RegExp(
  // (Photo: Jane Doe) · (Photo by …) · (Image credit …) · (Photo courtesy of …) — a parenthesis
  // that starts with a credit word and a colon, "by", "courtesy", "credit" or "source" ("(credit
  // or debit card)" and "(credit/debit cards, cash)" are no credits)
  `\\(${CREDIT_WORD}\\s*(?::|by\\b|courtesy\\b|credits?\\b|source\\b)[^()]{0,60}\\)` +
  // (AP Photo/Jane Doe) · (Jane Doe/Getty Images) — an agency named inside the last parenthesis
  `|\\([^()]{0,60}\\b${AGENCY}\\b[^()]{0,40}\\)` +
  // … Photograph: Anna Berg/AFP · … | Credit: Jane Doe — a credit after a sentence end or a separator
  `|(?:^|[.!?]\\s+|\\s[|–—]\\s*)${CREDIT_WORD}\\s*(?:by\\b|:)\\s*[^.!?]{2,60}` +
  // … /Getty Images · via Reuters
  `|(?:\\/|\\bvia\\s)\\s*${AGENCY}\\b`,
  'iu')
const CREDIT_AT_END = new RegExp(`(?:${CREDIT_TAIL.source})\\s*$`, 'iu')
/**
 * … 14.6 × 22.9 cm. Courtesy Example Gallery. — a last sentence that credits a lender or a
 * photographer (the label under a work of art, a press photo): "Courtesy (of) …", "Cortesía de
 * …", "Avec l'aimable autorisation de …", "Mit freundlicher Genehmigung von …", "Per gentile
 * concessione di …", "Met dank aan …", then a capital (a name) or "the artist". Case-sensitive:
 * "Courtesy is a virtue" and "thanks to the courtesy of the guards" are no credits, nor is a
 * sentence that goes on after the name ("Courtesy of Jane, we got tickets."): every part after a
 * comma starts with a capital too ("Courtesy Example Gallery, San Francisco").
 */
const COURTESY_AT_END = /(?:^|[.!?]\s+|\s[|–—]\s*)(?:(?:[Pp]hoto |[Ii]mage )?[Cc]ourtesy(?: of)?(?: the)?|[Cc]ortes[íi]a de|[Cc]ortesia di|[Pp]er gentile concessione d[ie]|[Mm]it freundlicher Genehmigung (?:von|der|des)|[Aa]vec l['’]aimable autorisation d[eu]|[Mm]et dank aan)\s+(?:\p{Lu}|artists?\b)[^!?,;]{0,60}(?:,\s*(?:and\s+)?\p{Lu}[^!?,;]{0,40}){0,3}$/u

const VIA = / via /gi
const COURTESY_WORD = /courtesy|cortes[íi]a|concessione|genehmigung|autorisation|met dank/i

const FINAL_ACRONYM = /\((\p{Lu}{2,6})\)\s*$/u

/**
 * The line ends by defining an acronym that is also an agency's name: "the U.S. Environmental
 * Protection Agency (EPA)", "Agencia EFE … (EFE)" is not, "European Free-trade Entity (EFE)" is.
 * The capitalised words before the parenthesis begin with its letters.
 */
function definesAcronym(text: string): boolean {
  const m = FINAL_ACRONYM.exec(text)
  if (!m) return false
  let initials = ''
  for (const w of text.slice(0, m.index).split(/[\s-]+/)) if (/^\p{Lu}/u.test(w)) initials += w[0]
  return initials.toUpperCase().endsWith(m[1]!)
}

/** Every credit form ends in a parenthesis, or has a colon, a slash, "via" or a courtesy word near the end (in the last 160 characters): a cheap pre-check. */
function mayEndInCredit(text: string): boolean {
  if (text.endsWith(')')) return true
  const from = Math.max(0, text.length - 160)
  if (text.includes(':', from) || text.includes('/', from)) return true
  if (COURTESY_WORD.test(text.slice(from))) return true
  VIA.lastIndex = from
  const via = VIA.test(text)
  VIA.lastIndex = 0
  return via
}

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
    { input: 'Texte.\nCrédit photo : Marie Dupont / AFP\nSuite.', output: 'Texte.\n\nSuite.\n', note: 'French credit' },
    { input: 'Pack a wallet (credit/debit cards, cash, etc.)\nAnd a map.', output: 'Pack a wallet (credit/debit cards, cash, etc.)\n\nAnd a map.\n', note: 'a parenthesis that starts with "credit" but names no one stays' },
    { input: 'Story.\nThe crew before launch. (Photo courtesy of NASA)', output: 'Story.\n' },
    { input: 'Rules are set by the U.S. Environmental Protection Agency (EPA)', output: 'Rules are set by the U.S. Environmental Protection Agency (EPA)\n', note: 'an acronym defined in the text is no agency credit' },
    { input: 'Story.\nJane Roe, Harbour at Dawn, 1921. Gelatin silver print – 14.6 × 22.9 cm. Courtesy Example Gallery.', output: 'Story.\n', note: 'the label under a work of art ends in the lender' },
    { input: 'Texte.\nLa Vague, 1869. Huile sur toile, 50 × 61 cm. Avec l’aimable autorisation du Musée d’Orsay.', output: 'Texte.\n', note: 'French lender credit' },
    { input: 'The show was sold out. Courtesy of Jane, we got tickets for the last night.', output: 'The show was sold out. Courtesy of Jane, we got tickets for the last night.\n', note: 'a sentence that goes on after the name is no credit' },
    { input: 'The guards let us in early. Courtesy is a habit there, the director said.', output: 'The guards let us in early. Courtesy is a habit there, the director said.\n', note: 'the word courtesy in a sentence is no credit' },
    { input: 'Foto von der Preisverleihung gibt es keine, weil die Veranstalter das Fotografieren verboten hatten.', output: 'Foto von der Preisverleihung gibt es keine, weil die Veranstalter das Fotografieren verboten hatten.\n', note: 'German prose that starts like a credit stays' },
  ],
    // The credit is at the end: test the last 160 characters only, and count words only on a hit.
  shape: (ctx) => (ctx.text.length <= 600 && mayEndInCredit(ctx.text) && (CREDIT_AT_END.test(ctx.text.slice(-160)) || COURTESY_AT_END.test(ctx.text.slice(-160))) && ctx.features.words <= 60 && !definesAcronym(ctx.text)
    ? `image caption with a credit ${quote(ctx.text)}`
    : null),
  pure: true,
})
