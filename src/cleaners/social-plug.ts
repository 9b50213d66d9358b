import type { LineContext } from '../types.js'
import { definePhraseCleaner } from './phrase-cleaner.js'
import { isProse } from '../features.js'
import { nonBlank } from '../document-utils.js'

/** A platform's bare name: a share button under an article, or the heading of a section about it. */
const PLATFORM = /^[\s\u00a0]*(?:facebook|twitter|x|tiktok|pinterest|instagram|linkedin|youtube|whatsapp|telegram|bluesky|threads|mastodon|reddit|snapchat|tumblr|discord|twitch|vimeo|flickr|signal)[\s\u00a0]*$/i
const isPlatform = (text: string): boolean => text.length <= 20 && PLATFORM.test(text)

/** The nearest non-blank line above (step -1) or below (+1) reads as prose. */
function proseNext(ctx: LineContext, step: 1 | -1): boolean {
  const j = nonBlank(ctx.doc, ctx.line.index, step)
  return j >= 0 && isProse(ctx.doc.features(j))
}

/** Social follow and share lines. */
export const socialPlug = definePhraseCleaner({
  id: 'social-plug',
  what: 'social plug',
  rows: true,
  description: 'Follow and share lines: "Follow us on …", "Share this:", "Tweet", "Pin it", "Loading..."',
  // A platform's name between two paragraphs heads a section of the article ("TikTok" in a piece
  // on where newsrooms post); share buttons come in a row, after the article.
  acceptWhole: { which: isPlatform, accept: (ctx) => !(proseNext(ctx, -1) && proseNext(ctx, 1)) },
  examples: [
    { input: 'Text.\nConnect with us: Follow the Example Gazette on Facebook and Twitter for breaking news and updates.', output: 'Text.\n' },
    { input: 'Text.\nShare this:\nTwitter\nFacebook\nLike this:\nLoading...', output: 'Text.\n' },
    { input: 'Newsrooms moved their video teams first, and most of them now post every day.\nTikTok\nThe BBC posts three short explainers a day there and answers questions in the comments.', output: 'Newsrooms moved their video teams first, and most of them now post every day.\n\nTikTok\n\nThe BBC posts three short explainers a day there and answers questions in the comments.\n', note: "a platform's name between paragraphs is a section heading" },
    { input: 'Text.\nShare on X (Twitter) Share on Facebook Share on LinkedIn', output: 'Text.\n', note: 'a row of share buttons on one line' },
    { input: 'She has 2 million followers and shares her recipes on Instagram every week.', output: 'She has 2 million followers and shares her recipes on Instagram every week.\n', note: 'prose about social media stays' },
    { input: 'Text.\nTeilen mit:\nKlicken, um auf Facebook zu teilen (Wird in neuem Fenster geöffnet)\nGefällt mir:\nWird geladen …', output: 'Text.\n', note: 'German sharing block' },
  ],
})
