import type { RewriteCleaner } from '../types.js'
import { markupEdits } from '../normalise/markup.js'

export type MarkupOptions = Record<string, never>

/**
 * Removes leftover HTML tags, comments and inline scripts where they are clearly markup; tags that
 * the prose talks about ("Use the <br> tag") stay.
 */
export const markup: RewriteCleaner<MarkupOptions> = {
  id: 'markup',
  category: 'normalise',
  stage: 'rewrite',
  description: 'Remove leftover HTML tags (<br>, <p>, </div>, <span class="x">) that are clearly markup',
  enabled: true,
  defaults: {},
  validate(options) {
    for (const key of Object.keys(options)) {
      throw new RangeError(`Unexpected markup option '${key}', expected no options`)
    }
  },
  examples: [
    { input: '<p>The mayor said <b>no</b>.</p>', output: 'The mayor said no.\n' },
    { input: 'First line<br>second line', output: 'First line second line\n', note: 'A line break tag between words becomes a space.' },
    { input: '<div class="ad"></div>\nThe article.', output: 'The article.\n', note: 'A line of only tags goes.' },
    { input: 'Use the <br> tag to break a line', output: 'Use the <br> tag to break a line\n', note: 'Prose about HTML stays.' },
    { input: 'I <3 you, a < b > c', output: 'I <3 you, a < b > c\n', note: 'Not tags at all.' },
  ],
  compile() {
    return markupEdits
  },
}
