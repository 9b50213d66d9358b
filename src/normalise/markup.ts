/**
 * Leftover HTML markup in scraped text: stray tags (`<br>`, `<p>`, `</div>`, `<span class="x">`),
 * comments and inline `<script>`/`<style>` elements, removed where they are clearly markup.
 *
 * What counts as a tag: a known HTML element name (or a custom `a-b` / namespaced `o:p` name) with
 * well-formed attributes. `<3`, `a < b > c` and `<Enter>` are not tags.
 *
 * When a tag stays: in a line that is mostly prose, a tag that the prose talks about stays: one
 * followed by "tag" or "element" ("Use the <br> tag"), one in quotes or backticks, one after "the",
 * "a", "use"… without a closing partner in the line, and tags listed next to those ("<b>, <i> and
 * <u>"). In a line that is mostly tags, every tag goes.
 *
 * A tag between two words becomes a space when it breaks the flow (`<br>`, `<p>`, `<li>`…), and
 * nothing when it is inline (`<b>`, `<span>`…); spaces around a removed tag are not doubled.
 */

import type { Edit } from '../types.js'
import { applyEdits, fixpointEdits } from './edits.js'
import { code } from './describe.js'

const INLINE = [
  'a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'blink', 'cite', 'code', 'data', 'del', 'dfn', 'em',
  'font', 'i', 'ins', 'kbd', 'label', 'mark', 'nobr', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'small',
  'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr', 'picture', 'source', 'svg',
  'path', 'g', 'use', 'button', 'input', 'select', 'option', 'textarea', 'output', 'meter', 'progress',
  'object', 'embed', 'param', 'map', 'area', 'canvas', 'audio', 'video', 'track', 'iframe', 'noscript',
  'script', 'style', 'meta', 'link', 'base', 'template', 'slot', 'math',
]
const BLOCK = [
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'col', 'colgroup',
  'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer',
  'form', 'frame', 'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hgroup', 'hr',
  'html', 'img', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'title', 'tr', 'ul',
]
const ELEMENTS = new Set([...INLINE, ...BLOCK])
const BLOCK_ELEMENTS = new Set(BLOCK)

const ATTRIBUTES = `(?:\\s+[A-Za-z_:@][-A-Za-z0-9_:.@]*(?:\\s*=\\s*(?:"[^"]*"|'[^']*'|[^\\s"'=<>\`]+))?)*`
/**
 * Comments, CDATA, doctype, whole script/style elements, and start or end tags, as alternatives
 * of one pattern; the comment, CDATA and element alternatives take `(?!)` (never matches) where
 * their closer is known to be missing (see tagPattern).
 */
function tagSource(comment: boolean, cdata: boolean, elements: string): string {
  return [
    comment ? '<!--[\\s\\S]*?-->' : '(?!)',
    cdata ? '<!\\[CDATA\\[[\\s\\S]*?\\]\\]>' : '(?!)',
    '<![Dd][Oo][Cc][Tt][Yy][Pp][Ee][^<>]*>',
    `<(${elements})\\b${ATTRIBUTES}\\s*>[\\s\\S]*?<\\/\\1\\s*>`,
    `<(\\/?)([A-Za-z][A-Za-z0-9]*(?:[-:][A-Za-z0-9]+)*)(${ATTRIBUTES})\\s*(\\/?)>`,
  ].join('|')
}
/** The whole pattern (all alternatives), global: what findTags finds, in its reference form. */
export const TAG = new RegExp(tagSource(true, true, 'script|style'), 'gi')

/** Sticky variants of TAG by which closers are still ahead (bit 1 `-->`, 2 `]]>`, 4 `</script>`, 8 `</style>`). */
const VARIANTS: Array<RegExp | undefined> = []
function tagPattern(mask: number): RegExp {
  const names = [mask & 4 ? 'script' : '', mask & 8 ? 'style' : ''].filter(Boolean).join('|') || '(?!)'
  return (VARIANTS[mask] ??= new RegExp(tagSource(Boolean(mask & 1), Boolean(mask & 2), names), 'yi'))
}
const ELEMENT_CLOSE = /<\/(script|style)\s*>/gi

/** A line that names markup as its subject. */
const ABOUT_MARKUP = /\b(?:html|xhtml|xml|markup|tags?|elements?|attributes?|css|dom|browsers?|web ?pages?)\b/i
/** Words after which a tag is being talked about ("the <br> tag"). */
const MENTION_AFTER = /^\s*(?:tags?|elements?|attributes?|nodes?|markup|html)\b/i
/** Words before a tag that introduce it as a thing ("use <br> to…"). */
const MENTION_BEFORE = /(?:^|[^\p{L}\p{N}])(?:the|a|an|use|using|called|named|like|with|add|insert|type|write|enter)\s*$/iu
const QUOTE_BEFORE = /[`"'“‘«‹]\s*$/u
/** Between two mentioned tags of a list: commas, slashes, "and", "or". */
const LIST_JOINER = /^(?:\s*(?:,|\/|&|\band\b|\bor\b)\s*|\s+)$/i

interface Tag {
  start: number
  end: number
  name: string
  closing: boolean
  kind: 'element' | 'other'
  block: boolean
  mention: boolean
}

/**
 * The matches of TAG, left to right, found with a sticky variant at each `<`: the lazy
 * alternatives (a comment, CDATA, a script or style element) are left out where no closer
 * follows, as they cannot match there. With them in, every unclosed `<!--` or `<script>` scanned
 * to the end of the line, quadratic in the number of them.
 */
export function* tagMatches(text: string): Generator<RegExpExecArray> {
  const lastComment = text.lastIndexOf('-->')
  const lastCdata = text.lastIndexOf(']]>')
  let lastScript = -1
  let lastStyle = -1
  if (text.includes('</')) {
    ELEMENT_CLOSE.lastIndex = 0
    for (const m of text.matchAll(ELEMENT_CLOSE)) {
      if (m[1]!.toLowerCase() === 'script') lastScript = m.index
      else lastStyle = m.index
    }
  }
  let pos = 0
  for (;;) {
    const p = text.indexOf('<', pos)
    if (p < 0) return
    const mask = (lastComment >= p + 4 ? 1 : 0) | (lastCdata >= p + 9 ? 2 : 0) | (lastScript > p ? 4 : 0) | (lastStyle > p ? 8 : 0)
    const re = tagPattern(mask)
    re.lastIndex = p
    const m = re.exec(text)
    if (!m) { pos = p + 1; continue }
    yield m
    pos = p + m[0].length
  }
}

function findTags(text: string): Tag[] {
  const tags: Tag[] = []
  for (const m of tagMatches(text)) {
    const whole = m[0]
    const start = m.index
    const end = start + whole.length
    if (m[1]) {
      tags.push({ start, end, name: m[1].toLowerCase(), closing: false, kind: 'other', block: false, mention: false })
      continue
    }
    const nameGroup = m[3]
    if (nameGroup === undefined) {
      // Comment, CDATA or doctype.
      tags.push({ start, end, name: '!', closing: false, kind: 'other', block: false, mention: false })
      continue
    }
    const name = nameGroup.toLowerCase()
    if (!ELEMENTS.has(name) && !/[-:]/.test(name)) continue
    tags.push({ start, end, name, closing: m[2] === '/', kind: 'element', block: BLOCK_ELEMENTS.has(name), mention: false })
  }
  return tags
}

/** The line with every tag blanked out, and a map from its offsets back. */
/** How much text around a tag (tags left out) decides whether it is mentioned. */
const CONTEXT = 64

/**
 * Whether each tag is talked about, from the text around it with the other tags left out: the
 * text before it (at least CONTEXT characters when there are) ends in a quote or in "the", "use"…,
 * or the text after it starts with "tag", "element"…. The gaps between tags are walked with links
 * that skip empty ones (tags side by side), and the tests are made once per gap that ends the
 * text before, or starts the text after: a run of thousands of adjacent tags after a long text
 * used to walk back over all of them and test that long text again for each.
 */
function markMentions(text: string, tags: Tag[]): void {
  const n = tags.length
  // gap g: the text before tag g (from the end of tag g - 1, or the line start); gap n: after the last tag
  const gap = (g: number): string => text.slice(g > 0 ? tags[g - 1]!.end : 0, g < n ? tags[g]!.start : text.length)
  // the last gap with text at or before g, the first at or after g (-1, n + 1: none)
  const prev = new Int32Array(n + 1)
  const next = new Int32Array(n + 2)
  for (let g = 0; g <= n; g++) prev[g] = gap(g) ? g : g > 0 ? prev[g - 1]! : -1
  next[n + 1] = n + 1
  for (let g = n; g >= 0; g--) next[g] = gap(g) ? g : next[g + 1]!
  const before = new Map<number, { quote: boolean; mention: boolean }>()
  const beforeTests = (g0: number): { quote: boolean; mention: boolean } => {
    let t = before.get(g0)
    if (!t) {
      let out = ''
      for (let g = g0; g >= 0 && out.length < CONTEXT; g = g > 0 ? prev[g - 1]! : -1) out = gap(g) + out
      t = { quote: QUOTE_BEFORE.test(out), mention: MENTION_BEFORE.test(out) }
      before.set(g0, t)
    }
    return t
  }
  const after = new Map<number, boolean>()
  const afterTest = (g0: number): boolean => {
    let t = after.get(g0)
    if (t === undefined) {
      let out = ''
      for (let g = g0; g <= n && out.length < CONTEXT; g = next[g + 1]!) out += gap(g)
      t = MENTION_AFTER.test(out)
      after.set(g0, t)
    }
    return t
  }
  // Last index of a closing tag per element name, to know whether an opening tag has a partner.
  const lastClosing = new Map<string, number>()
  tags.forEach((tag, index) => {
    if (tag.kind === 'element' && tag.closing) lastClosing.set(tag.name, index)
  })
  tags.forEach((tag, index) => {
    if (tag.kind !== 'element') return
    const b = beforeTests(prev[index]!)
    if (b.quote || afterTest(next[index + 1]!)) {
      tag.mention = true
      return
    }
    if (!tag.closing && b.mention && !((lastClosing.get(tag.name) ?? -1) > index)) tag.mention = true
  })
  // Tags listed next to a mentioned tag are mentioned too: "<b>, <i> and <u>". One pass to the
  // right, one to the left, reach every tag of such a list.
  const listed = (a: Tag, b: Tag): boolean => LIST_JOINER.test(text.slice(a.end, b.start))
  for (let i = 1; i < tags.length; i++) {
    const tag = tags[i]!
    if (!tag.mention && tag.kind === 'element' && tags[i - 1]!.mention && listed(tags[i - 1]!, tag)) tag.mention = true
  }
  for (let i = tags.length - 2; i >= 0; i--) {
    const tag = tags[i]!
    if (!tag.mention && tag.kind === 'element' && tags[i + 1]!.mention && listed(tag, tags[i + 1]!)) tag.mention = true
  }
}

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /\s/u.test(ch)
}

/** One pass: edits that remove the markup of one line. */
function markupOnce(text: string): Edit[] | null {
  if (text.indexOf('<') < 0) return null
  const tags = findTags(text)
  if (tags.length === 0) return null

  // A line that is mostly tags is markup through and through.
  let tagChars = 0
  for (const tag of tags) tagChars += tag.end - tag.start
  let textChars = 0
  let pos = 0
  for (const tag of tags) {
    textChars += text.slice(pos, tag.start).replace(/\s+/gu, '').length
    pos = tag.end
  }
  textChars += text.slice(pos).replace(/\s+/gu, '').length
  if (tagChars < textChars) {
    // Prose that talks about markup ("a mess of <table> tags, <font color="blue"> and spacer
    // GIFs") keeps every tag: it is the subject, not leftovers.
    if (ABOUT_MARKUP.test(text) && textChars >= 2 * tagChars) return null
    markMentions(text, tags)
  }

  // Group runs of removable tags separated by white space only.
  const groups: Tag[][] = []
  for (const tag of tags) {
    if (tag.mention) continue
    const group = groups[groups.length - 1]
    const last = group?.[group.length - 1]
    if (group && last && /^\s*$/u.test(text.slice(last.end, tag.start))) group.push(tag)
    else groups.push([tag])
  }

  const edits: Edit[] = []
  let previousEnd = 0
  for (const group of groups) {
    const first = group[0]!
    const last = group[group.length - 1]!
    // Removing the group must not glue "<x" and "y>" into a new tag.
    const openBefore = first.start > 0 && text.lastIndexOf('<', first.start - 1) > text.lastIndexOf('>', first.start - 1)
    if (openBefore) {
      const close = text.indexOf('>', last.end)
      const open = text.indexOf('<', last.end)
      if (close >= 0 && (open < 0 || close < open)) continue
    }
    let start = first.start
    let end = last.end
    const leftSpace = isSpace(text[start - 1])
    const rightSpace = isSpace(text[end])
    let replacement = ''
    if (leftSpace && rightSpace) {
      // Not doubling spaces: take the white space after the tags, or at the end of the line the
      // white space before them.
      if (end < text.length || start === 0) {
        while (end < text.length && /\s/u.test(text[end]!)) end++
      } else {
        while (start > previousEnd && /\s/u.test(text[start - 1]!)) start--
      }
    } else if (!leftSpace && !rightSpace && group.some((tag) => tag.block)) {
      replacement = ' '
    }
    const actual = text.slice(start, end)
    if (actual === replacement) continue
    const shown = group.map((tag) => text.slice(tag.start, tag.end)).join('')
    const label = group.length === 1 ? (group[0]!.name === '!' ? 'HTML comment' : 'HTML tag') : 'HTML tags'
    edits.push({
      start,
      end,
      text: replacement,
      reason: `Unexpected ${label} ${code(shown.length > 80 ? shown.slice(0, 77) + '...' : shown)}, expected ${replacement ? 'a space' : 'nothing'}`,
    })
    previousEnd = end
  }
  return edits.length > 0 ? edits : null
}

/** Edits that remove leftover markup from one line, or null when there is none. */
export function markupEdits(text: string): Edit[] | null {
  if (text.indexOf('<') < 0) return null
  return fixpointEdits(text, markupOnce)
}

/**
 * Remove leftover HTML markup from `text`, line by line.
 *
 * @example
 *   stripMarkup('<p>Hello <b>world</b></p>') // 'Hello world'
 *   stripMarkup('Use the <br> tag to break a line') // unchanged
 */
export function stripMarkup(text: string): string {
  return text
    .split(/(\r\n|\r|\n|\u2028|\u2029)/)
    .map((part, i) => (i % 2 === 1 ? part : applyEdits(part, markupEdits(part))))
    .join('')
}
