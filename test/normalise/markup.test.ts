import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { markupEdits, stripMarkup, TAG, tagMatches } from '../../src/normalise/markup.js'
import { applyEdits, goldLines } from '../helpers/apply-edits.js'

function strip(text: string): string {
  return applyEdits(text, markupEdits(text))
}

describe('markup', () => {
  it('removes stray tags', () => {
    expect(strip('<p>Hello <b>world</b></p>')).toBe('Hello world')
    expect(strip('Hello<br>world')).toBe('Hello world')
    expect(strip('Hello <br/> world')).toBe('Hello world')
    expect(strip('Hello <BR>')).toBe('Hello')
    expect(strip('</div> Hello')).toBe('Hello')
    expect(strip('<span class="x" data-id=\'3\' hidden>Text</span>')).toBe('Text')
    expect(strip('One<br/><br/>Two')).toBe('One Two')
    expect(strip('in<b>line</b>')).toBe('inline')
    expect(strip('Word <o:p></o:p> and <my-widget>custom</my-widget>')).toBe('Word and custom')
  })

  it('removes comments and whole script or style elements', () => {
    expect(strip('before<!-- a comment -->after')).toBe('beforeafter')
    expect(strip('Text <script>var a = "<b>";</script> more')).toBe('Text more')
    expect(strip('<style>.a{color:red}</style>Text')).toBe('Text')
  })

  it('removes every tag of a line that is mostly tags', () => {
    expect(strip('<div class="ad"><a href="/x">Ad</a></div>')).toBe('Ad')
    expect(strip('<div></div>')).toBe('')
    expect(strip('<ul><li>the <br> tag</li></ul>')).toBe('the tag')
  })

  it('keeps tags that the prose talks about', () => {
    for (const text of [
      'Use the <br> tag to break a line',
      'Use <br> to break a line.',
      'The <b>, <i> and <u> elements are inline.',
      'Write "<p>" to start a paragraph',
      'Wrap the text in `<span>` first',
      'An <img> element needs an alt attribute',
    ]) {
      expect(markupEdits(text), text).toBeNull()
    }
  })

  it('leaves text that is not markup', () => {
    for (const text of ['I <3 you', 'a < b and c > d', 'Press <Enter> to continue', 'x<y>z where y is not HTML', 'Email <name@example.com>', '<<b>b>']) {
      expect(markupEdits(text), text).toBeNull()
    }
    for (const line of goldLines()) expect(markupEdits(line)).toBeNull()
  })

  it('reports each removal', () => {
    expect(markupEdits('First<br>second')).toEqual([
      { start: 5, end: 9, text: ' ', reason: 'Unexpected HTML tag `<br>`, expected a space' },
    ])
    expect(markupEdits('<p>Hi</p>')).toEqual([
      { start: 0, end: 3, text: '', reason: 'Unexpected HTML tag `<p>`, expected nothing' },
      { start: 5, end: 9, text: '', reason: 'Unexpected HTML tag `</p>`, expected nothing' },
    ])
  })

  it('strips whole texts line by line', () => {
    expect(stripMarkup('<p>a</p>\n<p>b</p>')).toBe('a\nb')
  })
})

const tagsoup = fc.string({
  unit: fc.constantFrom('<', '>', '/', 'b', 'r', 'p', 'br', 'div', ' ', 'a', '"', '=', 'x', '!--', '--', 'tag', 'the', '\n', '\ud800', 'é', '<br>', '</p>', '<b>', '</b>'),
  maxLength: 20,
})

describe('properties', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(tagsoup, (text) => {
        const line = text.replace(/\n/g, ' ')
        const once = strip(line)
        expect(strip(once)).toBe(once)
      }),
      { numRuns: 5000 },
    )
  })

  it('does not crash on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => void strip(text)), { numRuns: 1000 })
  })
})

describe('tag matching', () => {
  const shape = (m: RegExpExecArray) => [m.index, ...Array.from({ length: 6 }, (_, k) => m[k])]
  const token = fc.constantFrom(
    '<!--', '-->', '--', '<![CDATA[', ']]>', '<!DOCTYPE html>', '<!doctype', '<script>', '</script>', '<SCRIPT type="a">',
    '</Script >', '<style>', '</style>', '</style', '<br>', '<br/>', '<p class="a">', '</div>', '<b', '</', '<', '>', '"', "'",
    '=', ' ', 'a', 'x', '\n', '<span data-x="</script>">', '<o:p>', '<my-tag>',
  )
  it('finds what the one global pattern finds, with the lazy alternatives left out where no closer follows', () => {
    fc.assert(fc.property(fc.array(token, { maxLength: 30 }).map((t) => t.join('')), (text) => {
      expect([...tagMatches(text)].map(shape)).toEqual([...text.matchAll(TAG)].map(shape))
    }), { numRuns: 5000, seed: 12 })
  })
  it('leaves many unclosed openers alone', () => {
    const text = 'a <!-- b <script> c '.repeat(2000) + '<br>'
    expect([...tagMatches(text)].map((m) => m[0])).toEqual([...text.matchAll(TAG)].map((m) => m[0]))
    expect(stripMarkup(text).endsWith('<br>')).toBe(false)
  })
})

describe('tags side by side', () => {
  it('removes thousands of adjacent tags after a long text, and keeps a run of them the prose talks about', () => {
    // each tag used to walk back over all the tags before it and test the long text again
    expect(stripMarkup('x'.repeat(5000) + '<b>'.repeat(3000) + 'y')).toBe('x'.repeat(5000) + 'y')
    const talked = 'Use the ' + '<br>'.repeat(3) + ' tag to break a line in the paragraph of text here.'
    expect(stripMarkup(talked)).toBe(talked)
  })
})
