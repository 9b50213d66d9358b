import type { RewriteCleaner } from '../types.js'
import { entityEdits } from '../normalise/entities.js'

export type HtmlEntitiesOptions = Record<string, never>

/**
 * Decodes HTML entities left in text ("Fish &amp; chips", "It&#8217;s", "&nbsp;"), including
 * doubly escaped ones ("&amp;amp;"); references without their semicolon are left alone.
 */
export const htmlEntities: RewriteCleaner<HtmlEntitiesOptions> = {
  id: 'html-entities',
  category: 'normalise',
  stage: 'rewrite',
  description: 'Decode HTML entities left in text (&amp;, &#8217;, &nbsp;)',
  enabled: true,
  defaults: {},
  validate(options) {
    for (const key of Object.keys(options)) {
      throw new RangeError(`Unexpected html-entities option '${key}', expected no options`)
    }
  },
  examples: [
    { input: 'Fish &amp; chips', output: 'Fish & chips\n' },
    { input: 'It&#8217;s a &quot;quote&quot;', output: 'It’s a "quote"\n', note: 'Numeric and named references.' },
    { input: 'AT&amp;amp;T', output: 'AT&T\n', note: 'Escaped twice, decoded all the way.' },
    {
      input: 'Visit example.com/?a=1&copy=2 &copy 2024',
      output: 'Visit example.com/?a=1&copy=2 &copy 2024\n',
      note: 'No semicolon, no entity: URLs and prose stay.',
    },
  ],
  compile() {
    return entityEdits
  },
}
