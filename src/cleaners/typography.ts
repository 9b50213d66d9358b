import type { RewriteCleaner } from '../types.js'
import { checkTypographyOptions, TYPOGRAPHY_DEFAULTS, typographyEdits, type TypographyOptions } from '../normalise/typography.js'

/**
 * Quotes and apostrophes, dashes and ellipses in one style: `keep` (default: no change), `ascii`
 * (' " - -- ...) or `typographic` (‘ ’ “ ” – — …).
 */
export const typography: RewriteCleaner<TypographyOptions> = {
  id: 'typography',
  category: 'normalise',
  stage: 'rewrite',
  repeat: true,
  description: 'Put quotes, apostrophes, dashes and ellipses in one style: keep, ascii or typographic',
  enabled: false,
  defaults: { ...TYPOGRAPHY_DEFAULTS },
  validate: checkTypographyOptions,
  examples: [
    { input: '“Hi” – it’s…', options: { style: 'ascii' }, output: '"Hi" - it\'s...\n' },
    {
      input: '"Hi," she said -- it\'s the \'90s...',
      options: { style: 'typographic' },
      output: '“Hi,” she said — it’s the ’90s…\n',
    },
    { input: 'He is 5\'10" tall, pages 10--20', options: { style: 'typographic' }, output: 'He is 5\'10" tall, pages 10–20\n', note: 'Primes stay; -- between digits is a range.' },
    { input: '“Hi” – it’s…', output: '“Hi” – it’s…\n', note: 'The default style keeps what is there.' },
  ],
  compile(options) {
    const opts: TypographyOptions = { ...TYPOGRAPHY_DEFAULTS, ...options }
    if (opts.style === 'keep') return () => null
    return (text) => typographyEdits(text, opts)
  },
}
