import type { LineCleaner } from '../types.js'
import { HEX_ID, UUID } from '../patterns.js'
import { quote } from './phrase-cleaner.js'

export interface IdLineOptions {
  /**
   * Also remove hexadecimal hashes and object ids (12+ hex digits with letters and digits).
   * @default true
   */
  hex: boolean
}

/** An explicit id label: "ID: 8f3a…", "Post ID 123456", "Article id: a1b2c3". */
const LABELLED_ID = /^(?:(?:post|article|story|item|content|document|doc|asset)[\s_-]?)?id\s*[:#]?\s*[\p{L}\p{N}_-]{4,}$/iu

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
    return ({ text }) => {
      if (text.length > 140 || text.includes(' ') && !/^\S+\s*[:#]?\s*\S+$|^\S+ \S+ \S+$/.test(text)) return null
      if (UUID.test(text)) return `UUID line ${quote(text)}`
      if (o.hex && HEX_ID.test(text)) return `hash or object id ${quote(text)}`
      if (LABELLED_ID.test(text)) return `id line ${quote(text)}`
      return null
    }
  },
}
