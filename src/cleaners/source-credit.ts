import { definePhraseCleaner, quote } from './phrase-cleaner.js'

/** "Source:" in the bundled languages (French puts a space before the colon). */
const LABEL = '(?:sources?|quellen?|fuentes?|fontes?|fonti|bron(?:nen)?|via|出典|出所|来源|來源|消息来源|출처)\\s*[:：]\\s*'
/** News agencies, as a credit line names them: shared by thousands of sites. */
const AGENCY = '(?:ap|afp|reuters|dpa|efe|ansa|anp|lusa|belga|europa press|agência brasil|agencia efe|kna|epd|apa|sda|keystone-sda|bloomberg|ani|pti|ians|xinhua|kyodo|yonhap|tass|upi|aap|press association|pa media|agencies|agenturen|agences|agencias|agências|agenzie|wires|共同通信|時事通信|共同|時事|新华社|新華社|中新社|中新网|中央社|연합뉴스|뉴시스|뉴스1)'
/** A character of an address after `https://`, after `www.` or in a path: not a space, nor `,` `;` `|` (separators only). */
const RUN = '[^\\s,;|]'
/**
 * A web address. Its runs of RUN characters (after `https://`, after `www.`, the path after a
 * `/`) are taken whole, as an atomic group (a lookahead captures the run, the backreference
 * consumes it): a regex that could give them back one character at a time, to try a `/` or an
 * `e` in them as a separator, took time exponential in the number of `/` on a line ("via:
 * a.co/eea.co/ee…": 19 s for 112 characters). `g` is the number of the first of its three groups.
 */
const domain = (g: number): string =>
  `(?:https?:\\/\\/(?=(${RUN}+))\\${g}|www\\.(?=(${RUN}+))\\${g + 1}|[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.(?:com|org|net|info|co|io|news|de|fr|es|it|nl|pt|br|be|ch|at|uk|us|ca|au|in)(?:\\/(?=(${RUN}*))\\${g + 2})?)`
/** Between two credits: a punctuation mark, or a conjunction with spaces around it ("AP y EFE"). */
const SEPARATOR = '(?:\\s*[,/;&+|]\\s*|\\s+(?:and|und|et|y|e|en)\\s+)'
/**
 * "Source: AFP", "Quelle: dpa/Reuters", "Fuente: www.example.com": a source label followed only by
 * news agencies or web addresses is a credit. "Source: Bureau of Labor Statistics" under a chart
 * names where the data comes from, and stays.
 */
export const CREDIT = new RegExp(`^${LABEL}(?:${AGENCY}|${domain(1)})(?:${SEPARATOR}(?:${AGENCY}|${domain(4)}))*\\s*\\.?$`, 'iu')

/** Source and syndication credits. Turn off (`cleaners: {'source-credit': false}`) to keep the attribution. */
export const sourceCredit = definePhraseCleaner({
  id: 'source-credit',
  what: 'source credit',
  description: 'Source and syndication credits: "Original Source: …", "Quelle: dpa", "Fuente: EFE", "This article originally appeared on …"',
  // a credit and the sentence after it ("This story was produced by … Learn more about …")
  maxWords: 45,
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
