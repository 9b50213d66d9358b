import type { Edit, RewriteCleaner } from '../types.js'
import { CHARMAP_ENCODINGS, type CharmapEncoding } from '../normalise/charmaps.js'
import { checkMojibakeOptions, repairWith } from '../normalise/mojibake.js'
import { code } from '../normalise/describe.js'

export interface MojibakeCleanerOptions {
  /** Single-byte encodings that UTF-8 may have been mistaken for, in the order tried. */
  encodings: readonly CharmapEncoding[]
}

/**
 * Repairs mojibake: UTF-8 that was decoded as Windows-1252, Latin-1, MacRoman… ("â€™" → "’",
 * "Ã©" → "é"), also when it happened twice, with the ftfy heuristics that leave text alone when it
 * only looks odd.
 */
export const mojibake: RewriteCleaner<MojibakeCleanerOptions> = {
  id: 'mojibake',
  category: 'normalise',
  stage: 'rewrite',
  repeat: true,
  description: 'Repair mojibake: UTF-8 read as Windows-1252, Latin-1 or another single-byte encoding',
  enabled: true,
  defaults: { encodings: CHARMAP_ENCODINGS },
  validate: checkMojibakeOptions,
  examples: [
    {
      input: 'The Mona Lisa doesnâ€™t have eyebrows.',
      output: 'The Mona Lisa doesn’t have eyebrows.\n',
      note: 'UTF-8 read as Windows-1252: the most common mojibake.',
    },
    {
      input: 'Iggy Pop (nÃƒÂ© Jim Osterberg)',
      output: 'Iggy Pop (né Jim Osterberg)\n',
      note: 'Encoded twice, repaired twice.',
    },
    {
      input: 'voilÃ le travail',
      output: 'voilà le travail\n',
      note: 'The no-break space of "à" (C3 A0) became a plain space; "Ã " still decodes.',
    },
    {
      input: 'La rГ©gion se trouve Г lвЂ™ouest de lвЂ™Ukraine',
      output: 'La région se trouve à l’ouest de l’Ukraine\n',
      note: 'UTF-8 read as Windows-1251.',
    },
    {
      input: 'Join ZZAJÉ’s Official Fan List and receive news, events, and more!',
      output: 'Join ZZAJÉ’s Official Fan List and receive news, events, and more!\n',
      note: 'Looks like mojibake ("É’" could be one character) but is not: left alone.',
    },
  ],
  compile(options) {
    const encodings = options.encodings ?? CHARMAP_ENCODINGS
    return (text: string): Edit[] | null => {
      // repairWith starts with the cheap pre-checks (one regex test on an ASCII line).
      const repair = repairWith(text, encodings)
      if (!repair) return null
      return repair.changes.map((change) => ({
        start: change.start,
        end: change.end,
        text: change.expected,
        reason: `Unexpected mojibake ${code(change.actual)}, expected ${code(change.expected)} (${repair.explanation})`,
      }))
    }
  },
}
