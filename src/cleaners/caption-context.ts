import type { DocumentCleaner, LineFeatures } from '../types.js'
import { isHeadlineShaped, isProse } from '../features.js'
import { findHeadline, lineKey, linePosition } from '../document-utils.js'
import { quote } from './phrase-cleaner.js'

export interface CaptionContextOptions {
  /**
   * Remove a short line printed twice in a row (an image's alt text and its caption); when the
   * pair heads a paragraph in the same block (a section heading printed twice), only the copy.
   * @default true
   */
  doubled: boolean
  /**
   * Remove caption-shaped lines (a descriptive sentence that is not prose) above the headline.
   * @default true
   */
  aboveHeadline: boolean
}

/** First and second person: a caption describes a picture, it does not address the reader. */
const PERSONAL = /\b(?:i|we|you|our|your|us|my|let's|nous|vous|wir|ihr|sie|nosotros|usted|noi|voi|wij|jullie)\b/iu

/**
 * Caption-shaped: one descriptive sentence (6–40 words) with few function words, not ending in a
 * colon or a question, not addressing the reader, and not a headline.
 */
function captionShaped(f: LineFeatures, text: string): boolean {
  if (f.words < 6 || f.words > 40 || f.sentences > 1) return false
  if (f.functionWords / f.words >= 0.15 || /[:?]$/.test(text) || PERSONAL.test(text)) return false
  return !isProse(f) && !isHeadlineShaped(f, text)
}

/**
 * Image captions found by their context rather than their words: a short line printed twice in
 * a row (alt text, then caption), and a descriptive, caption-shaped line sitting above the
 * headline (page chrome above the title). Prose is never touched.
 */
export const captionContext: DocumentCleaner<CaptionContextOptions> = {
  id: 'caption-context',
  category: 'noise',
  stage: 'document',
  description: 'Image captions found by context: a short line printed twice in a row (one copy kept when it heads a paragraph), a caption-shaped line above the headline',
  enabled: true,
  defaults: { doubled: true, aboveHeadline: true },
  examples: [
    { input: 'Text.\n\nFlooded Streets In The Old Town\nFlooded Streets In The Old Town\n\nMore text.', output: 'Text.\n\nMore text.\n' },
    { input: 'Text.\n\nWhy the River Rose\nWhy the River Rose\nThe river rose by two metres overnight after a week of heavy rain in the hills.', output: 'Text.\n\nWhy the River Rose\n\nThe river rose by two metres overnight after a week of heavy rain in the hills.\n', note: 'a heading printed twice right over its paragraph keeps one copy' },
    { input: 'Rescue boats beside flooded homes, northern England, January 2024.\n\nFloods Hit Northern Villages\n\nThe floods reached the northern villages on Monday night and cut power to thousands of homes.', output: 'Floods Hit Northern Villages\n\nThe floods reached the northern villages on Monday night and cut power to thousands of homes.\n' },
    { input: 'The river rose by two metres overnight and the mayor ordered an evacuation of the old town.\n\nFloods Hit Northern Villages\n\nThe floods reached the northern villages on Monday night and cut power to thousands of homes.', output: 'The river rose by two metres overnight and the mayor ordered an evacuation of the old town.\n\nFloods Hit Northern Villages\n\nThe floods reached the northern villages on Monday night and cut power to thousands of homes.\n', note: 'prose above a heading stays' },
  ],
  compile(o) {
    return (doc) => {
      let kept = doc.kept()
      if (o.doubled) {
        for (let k = 0; k + 1 < kept.length; k++) {
          const a = doc.lines[kept[k]!]!
          const b = doc.lines[kept[k + 1]!]!
          // alt text and caption come out as two lines of one block; a blank line between is layout
          if (a.block !== b.block) continue
          const f = doc.features(a.index)
          if (f.words === 0 || f.words > 15 || /[.!?]$/.test(a.text) || isProse(f)) continue
          if (Math.abs(a.text.length - b.text.length) > 4 || lineKey(a.text) !== lineKey(b.text)) continue
          // a heading printed twice right over its paragraph (in the same block) keeps one copy
          const next = kept[k + 2]
          if (next !== undefined && doc.lines[next]!.block === b.block && isProse(doc.features(next))) {
            doc.remove(b.index, 'caption-context', `heading ${quote(b.text)} printed twice`, { cause: { reason: `Copy kept at line ${a.line}`, place: linePosition(a) } })
          } else {
            doc.remove(a.index, 'caption-context', `image caption ${quote(a.text)} printed twice`)
            doc.remove(b.index, 'caption-context', `image caption ${quote(b.text)} printed twice`)
          }
          k++
        }
        kept = doc.kept()
      }
      if (o.aboveHeadline) {
        const h = findHeadline(doc, kept, 6)
        for (let k = 0; k < h; k++) {
          const i = kept[k]!
          const l = doc.lines[i]!
          const f = doc.features(i)
          if (isHeadlineShaped(f, l.text)) break
          if (!captionShaped(f, l.text)) continue
          doc.remove(i, 'caption-context', `image caption ${quote(l.text)} above the headline`)
        }
      }
    }
  },
}
