import type { LineCleaner } from '../types.js'
import { HEX_ID, UUID } from '../patterns.js'
import { quote } from './phrase-cleaner.js'
import { pureLineRule } from '../model.js'

export interface IdLineOptions {
  /**
   * Also remove hexadecimal hashes and object ids (12+ hex digits with letters and digits).
   * @default true
   */
  hex: boolean
}

/** An explicit id label: "ID: 8f3a…", "Post ID 123456", "Article id: a1b2c3". */
const LABELLED_ID = /^(?:(?:post|article|story|item|content|document|doc|asset)[\s_-]?)?id\s*[:#]?\s*[\p{L}\p{N}_-]{4,}$/iu

/** Whether a UTF-16 code unit is white space as `\s` of a RegExp has it. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}

/** Whether the text has at most three runs of non-space characters: what FEW_TOKENS needs, found without a RegExp. */
function fewTokens(text: string): boolean {
  let tokens = 0
  let inToken = false
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) inToken = false
    else if (!inToken) {
      inToken = true
      if (++tokens > 3) return false
    }
  }
  return true
}

/** An id with a label and a separator ("ID: 1234", "post id #99"), or three words ("Post ID 123456"). */
const FEW_TOKENS = /^\S+\s*[:#]?\s*\S+$|^\S+ \S+ \S+$/

/** Remove lines that are only an identifier: a UUID, a hex hash, a labelled id. */
export const idLine: LineCleaner<IdLineOptions> = {
  id: 'id-line',
  category: 'noise',
  stage: 'line',
  description: 'Lines that are only an identifier: UUID, hex hash, "ID: …"',
  enabled: true,
  defaults: { hex: true },
  examples: [
    { input: 'Title\n77b894ee-98c4-41e9-bdc0-672c7d31e19b\nText.', output: 'Title\n\nText.\n' },
    { input: 'd41d8cd98f00b204e9800998ecf8427e\nBody text.', output: 'Body text.\n' },
    { input: 'Post ID: 84321\nBody.', output: 'Body.\n' },
    { input: 'deadbeefcafe', options: { hex: false }, output: 'deadbeefcafe\n' },
    { input: 'The id of the file was 77b894ee-98c4-41e9-bdc0-672c7d31e19b, she said.', output: 'The id of the file was 77b894ee-98c4-41e9-bdc0-672c7d31e19b, she said.\n', note: 'an id inside prose stays' },
  ],
  compile(o) {
    return pureLineRule(({ text }) => {
      if (text.length > 140 || text.includes(' ') && !(fewTokens(text) && FEW_TOKENS.test(text))) return null
      if (UUID.test(text)) return `UUID line ${quote(text)}`
      if (o.hex && HEX_ID.test(text)) return `hash or object id ${quote(text)}`
      if (LABELLED_ID.test(text)) return `id line ${quote(text)}`
      return null
    })
  },
}
