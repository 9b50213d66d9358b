import type { Document, DocumentView, LineCleaner, LineContext } from '../types.js'
import { definePhraseCleaner, quote, startsLower, type PhraseOptions } from './phrase-cleaner.js'
import { isHeadlineShaped, isProse, lineFeatures } from '../features.js'
import { withUnchangedRule } from '../model.js'
import { nonBlank } from '../document-utils.js'
import { phraseKey } from '../phrases.js'
import { ARROW, BACK_LINK, NEXT_LINK, QUESTION } from '../patterns.js'

/** What may stand between a marker and its headline (the full-width colon and bar of Chinese and Japanese too). */
const SEPARATOR = /^[\s\u00A0\u3000]*(?:[:：|｜»›>→–—-]+|\.{3}|…)[\s\u00A0\u3000]*/u

/** Headline-shaped remainder after a marker: short, and not a sentence that runs on in lower case. */
function headlineAfter(rest: string): boolean {
  const f = lineFeatures(rest)
  if (f.words === 0) return true
  if (f.words > 25) return false
  return isHeadlineShaped(f, rest) || f.capitalised / f.words >= 0.5
}

/**
 * The words of a navigation link beside its arrow: a headline, or up to three words after an
 * arrow ("← Back to blog"). Beside a guillemet, title case only ("« Candied Pecans Recipe"): a
 * quotation broken over two lines is sentence case ("« Nous avons décidé de fermer le pont").
 */
function linkText(rest: string, arrow: boolean): boolean {
  const t = rest.trim()
  const f = lineFeatures(t)
  if (f.words === 0 || f.endsSentence) return false
  return arrow ? f.words <= 3 || headlineAfter(t) : f.capitalised / f.words >= 0.5 && headlineAfter(t)
}

/**
 * Bare markers that are a player's or a teaser's button ("Watch", "Listen", "Read"), not the heading
 * of a list of stories: alone on a line they go, but the lines under them stay. In a checklist
 * ("Compass", "Watch", "GPS app") the word is an item, and the items after it are not headlines.
 */
const BUTTONS = new Set(['watch', 'listen', 'read'])

const markers = definePhraseCleaner({
  id: 'cross-link',
  what: 'cross-link',
  description: '',
  maxWords: 30,
  examples: [],
  // a back arrow and a headline or a few words: the link to the previous post or back to the list
  shape: ({ text }) => {
    const m = BACK_LINK.exec(text)
    return m && ARROW.test(m[0]) && linkText(text.slice(m[0].length), true) ? `link back ${quote(text)}` : null
  },
  acceptStart(ctx, m) {
    const marker = m[0]
    const after = ctx.text.slice(marker.length)
    const sep = SEPARATOR.exec(after)
    const rest = (sep ? after.slice(sep[0].length) : after).trim()
    if (!rest) return true
    const letters = marker.replace(/[^\p{L}]/gu, '')
    const shouting = letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()
    // a marker phrase may end in its own separator ("上一篇：", "Read more:")
    const own = /[:：|｜]$/u.test(marker)
    if (!sep && !shouting && !own) return false
    // a marker in capitals stands out from the headline after it ("READ MORE Senator Connects …");
    // a line all in capitals is a heading that happens to start with the word ("MORE THAN A GAME")
    if (!sep && !own) {
      const restLetters = rest.replace(/[^\p{L}]/gu, '')
      if (restLetters.length >= 3 && restLetters === restLetters.toUpperCase() && restLetters !== restLetters.toLowerCase()) return false
    }
    if (!headlineAfter(rest)) return false
    // The first line of the text, over prose, is the article's own headline ("Watch: Bridge
    // Collapses Into River", "Live: …" on video and live pages), not a teaser for another story.
    const i = ctx.line.index
    if (nonBlank(ctx.doc, i, -1) === -1) {
      const next = nonBlank(ctx.doc, i, 1)
      if (next >= 0 && isProse(lineFeatures(ctx.doc.lines[next]!.text))) return false
    }
    return true
  },
})

/** A question on its own line with prose under it: a question heading (an FAQ's), whose section heading is above it. */
function questionOverProse(doc: Document | DocumentView, i: number): boolean {
  const l = doc.lines[i]!
  if (!QUESTION.test(l.text) || isProse(doc.features(i))) return false
  const after = nonBlank(doc, i, 1)
  return after >= 0 && isProse(doc.features(after))
}

/**
 * Cross-links and related lists: a marker ("READ:", "Related:", "See also", "Lire aussi") with a
 * headline after it, or alone as a heading over a list of headlines. "Read more about the study …"
 * in prose stays: the marker must stand alone, be followed by a separator, or be in capitals.
 * A back arrow and a headline ("← All Articles", "« Previous Post") is a link back, and a forward
 * arrow after a headline beside it ("Next Title »") the other half of the post navigation.
 * Under a bare marker, up to 12 headline-shaped lines go too, but a heading followed by prose
 * (an article section heading), or by a question over prose (an FAQ's heading), stops the list.
 */
export const crossLink: LineCleaner<PhraseOptions> = {
  ...markers,
  description: 'Cross-links and related lists: "READ: <headline>", "Related:" over a list of headlines',
  examples: [
    { input: 'Text one.\nREAD: Senator Connects Historic Probe To Modern Fight\nText two.', output: 'Text one.\n\nText two.\n' },
    { input: 'Text.\nRelated:\nCity Council Approves New Budget\nMayor Names New Police Chief\n\nMore text follows here, and it is a sentence.', output: 'Text.\n\nMore text follows here, and it is a sentence.\n' },
    { input: 'Read more about the study in the journal\'s archive.', output: 'Read more about the study in the journal\'s archive.\n', note: 'a marker inside prose stays' },
    { input: 'Story.\nSee also: How the Drought Changed Farming', output: 'Story.\n' },
    { input: 'Story.\nMORE THAN A GAME\nThe club was founded in 1890 by workers from the town mill, and it still plays on the same ground.', output: 'Story.\n\nMORE THAN A GAME\n\nThe club was founded in 1890 by workers from the town mill, and it still plays on the same ground.\n', note: 'a heading all in capitals that starts with a marker word stays' },
    { input: 'Watch: Bridge Collapses Into River\nDramatic footage shows the moment the old bridge fell into the river on Sunday, police said.', output: 'Watch: Bridge Collapses Into River\n\nDramatic footage shows the moment the old bridge fell into the river on Sunday, police said.\n', note: "the text's first line, over prose, is the article's own headline" },
    { input: 'Story.\nYou may like to read:\nTen Mistakes Marred the Firewall Upgrade', output: 'Story.\n' },
    { input: 'Story.\nRelated\nA Firm Stand on Sovereignty\nThe president said on Monday that the country would never accept foreign troops.', output: 'Story.\n\nA Firm Stand on Sovereignty\n\nThe president said on Monday that the country would never accept foreign troops.\n', note: 'a section heading above prose stops the list' },
    { input: 'Story.\nRelated\nTen Ways to Bake Bread at Home\nFrequently Asked Questions\nWhy does the dough stick to my hands?\nThe flour has not taken up all of the water yet, so wet your hands or wait ten minutes before you shape it.', output: 'Story.\n\nFrequently Asked Questions\n\nWhy does the dough stick to my hands?\n\nThe flour has not taken up all of the water yet, so wet your hands or wait ten minutes before you shape it.\n', note: 'so does a heading over a question over prose (an FAQ)' },
    { input: 'Story.\n« Candied Pecans Recipe\nCinnamon Raisin Sourdough Bread »\n← All Articles', output: 'Story.\n', note: 'a back arrow and a headline links back (the previous post, the list), and so does a forward arrow beside it' },
    { input: '« Nous irons jusqu\'au bout »\nLe maire a parlé lundi soir devant le conseil municipal réuni en séance.\nSee the Full Schedule »', output: '« Nous irons jusqu\'au bout »\n\nLe maire a parlé lundi soir devant le conseil municipal réuni en séance.\n\nSee the Full Schedule »\n', note: 'a quotation in guillemets stays, and a forward arrow alone is no post navigation' },
    { input: 'Pack these.\nCompass\nWatch\nSatellite Messenger for Remote Trails\nPhotos of Guidebook Pages', output: 'Pack these.\n\nCompass\n\nSatellite Messenger for Remote Trails\n\nPhotos of Guidebook Pages\n', note: 'a bare button word ("Watch", "Listen", "Read") goes alone: it heads no list' },
    { input: 'Resources.\nRead More\nHow Reading Aloud Builds Vocabulary\nCentre for Early Learning\nRead More', output: 'Resources.\n\nHow Reading Aloud Builds Vocabulary\n\nCentre for Early Learning\n', note: 'a marker that comes again a few lines below is the button of each card: the entries stay' },
    { input: 'Text eins.\nMehr zum Thema: Wie die Dürre die Landwirtschaft verändert\nText zwei.', output: 'Text eins.\n\nText zwei.\n', note: 'German marker with a headline' },
  ],
  compile(o, env) {
    const rule = markers.compile(o, env)
    let doc: Document | DocumentView | null = null
    let open = false // the previous non-blank line was a bare marker or a listed headline
    let count = 0
    // A bare marker that comes again a few lines above or below is part of each card of a list
    // ("Read More" under every entry of a resource list, a "Most popular" badge on product
    // cards): it is a button or a badge, and the entries stay.
    const recurs = (ctx: LineContext): boolean => {
      for (const step of [1, -1] as const) {
        for (let j = ctx.line.index, k = 0; k < 4; k++) {
          j = nonBlank(ctx.doc, j, step)
          if (j < 0) break
          if (phraseKey(ctx.doc.lines[j]!.text) === ctx.key) return true
        }
      }
      return false
    }
    // Only a bare marker heads a list: "More: Ridge Tent Full Review" is a cross-link to one story.
    const bare = (ctx: LineContext): boolean => ctx.features.words <= 5 && !/[.!?]$/.test(ctx.text) && !/[:：|｜>»›→]\s*\S/u.test(ctx.text)
    // `ruled`: the marker rule answered null for this line's text before (a later round), so it
    // would again; only the related list under a marker can take the line now. Except on the
    // text's first line, whose headline test reads the line under it (which may have gone since).
    const run = (ctx: LineContext, ruled: boolean): string | null => {
      if (doc !== ctx.doc) { doc = ctx.doc; open = false; count = 0 }
      const prev = nonBlank(ctx.doc, ctx.line.index, -1)
      // a lower-case line was kept as the end of the sentence above it, which may stand apart now
      const again = ruled && prev >= 0 && !startsLower(ctx.text)
      if (again && !open) return null
      if (open && (prev < 0 || ctx.doc.lines[prev]!.removedBy !== 'cross-link')) open = false
      const why = again ? null : rule(ctx) ?? navPair(ctx)
      if (why) {
        open = bare(ctx) && !BUTTONS.has(ctx.key) && !BACK_LINK.test(ctx.text) && !recurs(ctx)
        count = 0
        return why
      }
      if (!open || count >= 12) { open = false; return null }
      const f = ctx.features
      const next = nonBlank(ctx.doc, ctx.line.index, 1)
      if (isProse(f) || !isHeadlineShaped(f, ctx.text) || (next >= 0 && (isProse(ctx.doc.features(next)) || questionOverProse(ctx.doc, next)))) {
        open = false
        return null
      }
      count++
      return `related headline ${quote(ctx.text)} under a cross-link marker`
    }
    // "« Previous Title" and "Next Title »" side by side: a post navigation. A line with a
    // guillemet goes only beside the other half (a quotation opens and closes with them too).
    const half = (text: string, back: boolean): boolean => {
      const m = (back ? BACK_LINK : NEXT_LINK).exec(text)
      if (!m) return false
      return linkText(back ? text.slice(m[0].length) : text.slice(0, m.index), ARROW.test(m[0]))
    }
    const navPair = (ctx: LineContext): string | null => {
      const back = half(ctx.text, true)
      if (!back && !half(ctx.text, false)) return null
      for (const step of [-1, 1] as const) {
        const j = nonBlank(ctx.doc, ctx.line.index, step)
        if (j >= 0 && half(ctx.doc.lines[j]!.text, !back)) return `post navigation ${quote(ctx.text)}`
      }
      return null
    }
    return withUnchangedRule((ctx: LineContext) => run(ctx, false), (ctx: LineContext) => run(ctx, true))
  },
}
