import type { RewriteCleaner } from '../types.js'
import { BULLET_DEFAULTS, bulletEdits, checkBulletOptions, type BulletOptions } from '../normalise/bullets.js'

/** List bullets at the start of a line in one style ("• item", "* item", "▪item" → "- item"). */
export const bullets: RewriteCleaner<BulletOptions> = {
  id: 'bullets',
  category: 'normalise',
  stage: 'rewrite',
  repeat: true,
  description: 'Put list bullet markers at the start of lines in one style',
  enabled: false,
  defaults: { ...BULLET_DEFAULTS },
  validate: checkBulletOptions,
  examples: [
    { input: '• First point\n* Second point\n▪Third point', output: '- First point\n\n- Second point\n\n- Third point\n' },
    { input: '- First point\n- Second point', options: { marker: '•' }, output: '• First point\n\n• Second point\n' },
    { input: '— Bonjour, dit-il.\n* * *', output: '— Bonjour, dit-il.\n\n* * *\n', note: 'Dialogue dashes and separators are not bullets.' },
  ],
  compile(options) {
    const opts: BulletOptions = { ...BULLET_DEFAULTS, ...options }
    return (text) => bulletEdits(text, opts)
  },
}
