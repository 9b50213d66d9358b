import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { markupEdits, stripMarkup } from '../../src/normalise/markup.js'
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
