import type { Edit, RewriteCleaner } from '../types.js'
import { HSPACE_CLASS, isHSpace } from '../patterns.js'

export interface WhitespaceOptions {
  /**
   * Collapse runs of spaces inside a line to one space.
   * @default true
   */
  collapse: boolean
}

// Leading run | an inner run that is not exactly one ASCII space. (The trailing run is found by
// a scan from the end: a regex `[…]+$` tries every start inside a run, quadratic in its length.)
const LEAD = new RegExp(`^${HSPACE_CLASS}+`, 'u')
const INNER = new RegExp(`${HSPACE_CLASS}{2,}|(?! )${HSPACE_CLASS}`, 'gu')
const INNER_SINGLE = new RegExp(`(?! )${HSPACE_CLASS}`, 'gu')
const ANY = new RegExp(`^${HSPACE_CLASS}|${HSPACE_CLASS}$|${HSPACE_CLASS}{2}|(?! )${HSPACE_CLASS}`, 'u')

const name = (s: string) => (s === ' ' ? 'space' : [...s].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' '))

/**
 * Normalise horizontal white space: no-break and other exotic spaces become a space, runs
 * collapse to one space, and line ends are trimmed.
 */
export const whitespace: RewriteCleaner<WhitespaceOptions> = {
  id: 'whitespace',
  category: 'normalise',
  stage: 'rewrite',
  repeat: true,
  description: 'Exotic spaces (U+00A0, U+2009, …) to a space, runs collapsed, lines trimmed',
  enabled: true,
  defaults: { collapse: true },
  examples: [
    { input: 'Please make a small\u00A0donation.  \u00A0', output: 'Please make a small donation.\n' },
    { input: '  Two   spaces\tand a tab  ', output: 'Two spaces and a tab\n' },
    { input: 'Keep  runs', options: { collapse: false }, output: 'Keep  runs\n', note: 'collapse: false keeps inner runs of ASCII spaces' },
  ],
  compile(o) {
    const inner = o.collapse ? INNER : INNER_SINGLE
    return (text) => {
      if (!ANY.test(text)) return null
      const edits: Edit[] = []
      const lead = LEAD.exec(text)
      const leadEnd = lead ? lead[0].length : 0
      if (lead) edits.push({ start: 0, end: leadEnd, text: '', reason: `Unexpected leading white space, expected none` })
      let trailAt = text.length
      while (trailAt > 0 && isHSpace(text.charCodeAt(trailAt - 1))) trailAt--
      // a line of white space only is all leading run
      const trailStart = trailAt >= leadEnd ? trailAt : text.length
      inner.lastIndex = 0
      for (const m of text.slice(0, trailStart).matchAll(inner)) {
        if (m.index! < leadEnd) continue
        edits.push({ start: m.index!, end: m.index! + m[0].length, text: ' ', reason: `Unexpected white space \`${name(m[0])}\`, expected one space` })
      }
      if (trailStart < text.length) {
        edits.push({ start: trailStart, end: text.length, text: '', reason: 'Unexpected trailing white space, expected none' })
      }
      return edits.length ? edits : null
    }
  },
}
