import type { Document, DocumentView, LineCleaner, LineContext } from '../types.js'
import { definePhraseCleaner, quote, startsLower, type PhraseOptions } from './phrase-cleaner.js'
import { isHeadlineShaped, isProse, lineFeatures } from '../features.js'
import { withUnchangedRule } from '../model.js'
import { faqAt, nonBlank } from '../document-utils.js'
import { phraseKey } from '../phrases.js'
import { BACK_LINK, NEXT_LINK } from '../patterns.js'

/** What may stand between a marker and its headline (the full-width colon and bar of Chinese and Japanese too). */
const SEPARATOR = /^[\s\u00A0\u3000]*(?:[:：|｜»›>→–—-]+|\.{3}|…)[\s\u00A0\u3000]*/u

/** Headline-shaped remainder after a marker: short, and not a sentence that runs on in lower case. */
function headlineAfter(rest: string): boolean {
  const f = lineFeatures(rest)
  if (f.words === 0) return true
  if (f.words > 25) return false
  return isHeadlineShaped(f, rest) || f.capitalised / f.words >= 0.5
}

/** The words of a navigation link beside its arrow: a headline, or up to three words ("← Back to blog"). */
function linkText(rest: string): boolean {
  const t = rest.trim()
  const f = lineFeatures(t)
  return f.words > 0 && !f.endsSentence && (f.words <= 3 || headlineAfter(t))
}

/**
 * An arrow line with a sentence of SENTENCE_WORDS words or more within NEAR_LINES lines on both
 * sides (past other arrow lines) is the article's own: a sign, a game's controls, a button that a
 * how-to names. Post navigation sits at an edge of the text: above the article or below it.
 */
const SENTENCE_WORDS = 8
const NEAR_LINES = 3

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

/**
 * Cross-links and related lists: a marker ("READ:", "Related:", "See also", "Lire aussi") with a
 * headline after it, or alone as a heading over a list of headlines. "Read more about the study …"
 * in prose stays: the marker must stand alone, be followed by a separator, or be in capitals.
 * A back arrow and a headline ("← All Articles", "←Previous: …") is a link back, and a forward
 * arrow after a headline beside it ("Next Title →") the other half of the post navigation;
 * between two sentences an arrow line is the article's own (a sign, a button a how-to names).
 * Under a bare marker, up to 12 headline-shaped lines go too, but a heading followed by prose
 * (an article section heading), or by an FAQ's first question (`faqAt`), stops the list.
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
    { input: 'Story.\nRelated\nTen Ways to Bake Bread at Home\nFrequently Asked Questions\nWhy does the dough stick to my hands?\nThe flour has not taken up all of the water yet, so wet your hands or wait ten minutes before you shape it.\nCan I bake it in a cold oven?\nYes, but the crust will be paler and the loaf will need about ten minutes longer to bake through.', output: 'Story.\n\nFrequently Asked Questions\n\nWhy does the dough stick to my hands?\n\nThe flour has not taken up all of the water yet, so wet your hands or wait ten minutes before you shape it.\n\nCan I bake it in a cold oven?\n\nYes, but the crust will be paler and the loaf will need about ten minutes longer to bake through.\n', note: "so does a heading over an FAQ's questions and answers" },
    { input: 'Story.\n← Candied Pecans Recipe\nCinnamon Raisin Sourdough Bread →\n← All Articles', output: 'Story.\n', note: 'a back arrow and a headline links back (the previous post, the list), and so does a forward arrow beside it' },
    { input: 'Swipe left on a message to archive it, or right to mark it as read.\n← swipe to archive\nThe same gesture works in every other folder of the app.\nSee the Full Schedule →', output: 'Swipe left on a message to archive it, or right to mark it as read.\n\n← swipe to archive\n\nThe same gesture works in every other folder of the app.\n\nSee the Full Schedule →\n', note: 'an arrow line between two sentences is the article\'s own, and a forward arrow alone is no post navigation' },
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
      const why = again ? null : rule(ctx) ?? postNav(ctx)
      if (why) {
        open = bare(ctx) && !BUTTONS.has(ctx.key) && !BACK_LINK.test(ctx.text) && !recurs(ctx)
        count = 0
        return why
      }
      if (!open || count >= 12) { open = false; return null }
      const f = ctx.features
      const next = nonBlank(ctx.doc, ctx.line.index, 1)
      if (isProse(f) || !isHeadlineShaped(f, ctx.text) || (next >= 0 && (isProse(ctx.doc.features(next)) || faqAt(ctx.doc, next)))) {
        open = false
        return null
      }
      count++
      return `related headline ${quote(ctx.text)} under a cross-link marker`
    }
    // Post navigation: "← All Articles", or "← Previous Title" beside "Next Title →", at an edge
    // of the text; among sentences an arrow line is the article's own (NEAR_LINES).
    const half = (text: string, back: boolean): boolean => {
      const m = (back ? BACK_LINK : NEXT_LINK).exec(text)
      return m !== null && linkText(back ? text.slice(m[0].length) : text.slice(0, m.index))
    }
    const isHalf = (text: string): boolean => half(text, true) || half(text, false)
    const sentenceAt = (doc: DocumentView, i: number, step: 1 | -1): boolean => {
      for (let j = i, k = 0; k < NEAR_LINES;) {
        j = nonBlank(doc, j, step)
        if (j < 0) return false
        if (isHalf(doc.lines[j]!.text)) continue
        const f = doc.features(j)
        if (f.endsSentence && f.words >= SENTENCE_WORDS) return true
        k++
      }
      return false
    }
    const postNav = (ctx: LineContext): string | null => {
      const back = half(ctx.text, true)
      if (!back && !half(ctx.text, false)) return null
      if (sentenceAt(ctx.doc, ctx.line.index, -1) && sentenceAt(ctx.doc, ctx.line.index, 1)) return null
      if (back) return `link back ${quote(ctx.text)}`
      for (const step of [-1, 1] as const) {
        const j = nonBlank(ctx.doc, ctx.line.index, step)
        if (j >= 0 && half(ctx.doc.lines[j]!.text, true)) return `post navigation ${quote(ctx.text)}`
      }
      return null
    }
    return withUnchangedRule((ctx: LineContext) => run(ctx, false), (ctx: LineContext) => run(ctx, true))
  },
}
