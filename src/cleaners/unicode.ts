import type { RewriteCleaner } from '../types.js'
import { checkUnicodeOptions, UNICODE_DEFAULTS, unicodeEdits, type UnicodeOptions } from '../normalise/unicode.js'

/**
 * Unicode hygiene: NFC (or NFKC) normalisation, invisible format characters and control
 * characters removed, exotic spaces made plain spaces.
 */
export const unicode: RewriteCleaner<UnicodeOptions> = {
  id: 'unicode',
  category: 'normalise',
  stage: 'rewrite',
  repeat: true,
  description: 'Normalise Unicode (NFC), remove invisible and control characters (exotic spaces: option)',
  enabled: true,
  defaults: { ...UNICODE_DEFAULTS },
  validate: checkUnicodeOptions,
  examples: [
    { input: 'Zero\u200Bwidth\u00ADspace\uFEFF', output: 'Zerowidthspace\n', note: 'Zero width space, soft hyphen and BOM go.' },
    { input: 'Cafe\u0301 con\u00A0leche', options: { spaces: true }, output: 'Café con leche\n', note: 'NFC, and (with spaces: true) a no-break space becomes a space.' },
    { input: 'Coders: 👩\u200D💻 and 👨\u200D🔬', output: 'Coders: 👩\u200D💻 and 👨\u200D🔬\n', note: 'A joiner inside an emoji sequence stays.' },
    { input: 'Bell\u0007 and escape\u001B', output: 'Bell and escape\n', note: 'Control characters go.' },
    { input: 'ﬁne print²', options: { form: 'NFKC' }, output: 'fine print2\n', note: 'NFKC on request folds compatibility characters.' },
  ],
  compile(options) {
    const opts: UnicodeOptions = { ...UNICODE_DEFAULTS, ...options }
    return (text) => unicodeEdits(text, opts)
  },
}
