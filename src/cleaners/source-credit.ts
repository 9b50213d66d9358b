import { definePhraseCleaner, quote } from './phrase-cleaner.js'

/** "Source:" in the bundled languages (French puts a space before the colon). */
const LABEL = '(?:sources?|quellen?|fuentes?|fontes?|fonti|bron(?:nen)?|via)\\s*:\\s*'
/** News agencies, as a credit line names them: shared by thousands of sites. */
const AGENCY = '(?:ap|afp|reuters|dpa|efe|ansa|anp|lusa|belga|europa press|agência brasil|agencia efe|kna|epd|apa|sda|keystone-sda|bloomberg|ani|pti|ians|xinhua|kyodo|yonhap|tass|upi|aap|press association|pa media|agencies|agenturen|agences|agencias|agências|agenzie|wires)'
const DOMAIN = '(?:https?:\\/\\/\\S+|www\\.\\S+|[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.(?:com|org|net|info|co|io|news|de|fr|es|it|nl|pt|br|be|ch|at|uk|us|ca|au|in)(?:\\/\\S*)?)'
/**
 * "Source: AFP", "Quelle: dpa/Reuters", "Fuente: www.example.com": a source label followed only by
 * news agencies or a web address is a credit. "Source: Bureau of Labor Statistics" under a chart
 * names where the data comes from, and stays.
 */
const CREDIT = new RegExp(`^${LABEL}(?:${AGENCY}|${DOMAIN})(?:\\s*(?:[,/;&+|]|and|und|et|y|e|en)\\s*(?:${AGENCY}|${DOMAIN}))*\\s*\\.?$`, 'iu')

/** Source and syndication credits. Turn off (`cleaners: {'source-credit': false}`) to keep the attribution. */
export const sourceCredit = definePhraseCleaner({
  id: 'source-credit',
  what: 'source credit',
  description: 'Source and syndication credits: "Original Source: …", "Quelle: dpa", "Fuente: EFE", "This article originally appeared on …"',
  maxWords: 30,
  pure: true,
  shape: ({ text }) => (text.length <= 120 && CREDIT.test(text) ? `source credit ${quote(text)}` : null),
  examples: [
    { input: 'Story.\nOriginal Source: www.example.com', output: 'Story.\n' },
    { input: 'Story.\nThis article originally appeared on The Conversation.', output: 'Story.\n' },
    { input: 'The original source of the leak has never been identified, investigators said.', output: 'The original source of the leak has never been identified, investigators said.\n', note: 'prose about a source stays' },
    { input: 'Texto.\nCon información de Reuters', output: 'Texto.\n', note: 'Spanish' },
    { input: 'Source : AFP', output: '', note: 'French, with a space before the colon: a label with only agencies after it' },
    { input: 'Quelle: Statistisches Bundesamt', output: 'Quelle: Statistisches Bundesamt\n', note: 'the source of a chart\'s data stays' },
  ],
})
