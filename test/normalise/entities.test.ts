import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { entityEdits, fixEntities } from '../../src/normalise/entities.js'
import { applyEdits, goldLines } from '../helpers/apply-edits.js'

function fix(text: string): string {
  return applyEdits(text, entityEdits(text))
}

describe('fixEntities', () => {
  it('decodes named, decimal and hexadecimal references', () => {
    expect(fixEntities('Fish &amp; chips')).toBe('Fish & chips')
    expect(fixEntities('It&#8217;s &#x201C;quoted&#x201d;')).toBe('It’s “quoted”')
    expect(fixEntities('a&nbsp;b &lt;tag&gt; &eacute;t&eacute; &hellip;')).toBe('a\u00a0b <tag> été …')
  })

  it('decodes C1 references as browsers do, and invalid code points as U+FFFD', () => {
    expect(fixEntities('&#150; &#146;')).toBe('– ’')
    expect(fixEntities('&#0; &#xD800; &#99999999;')).toBe('\ufffd \ufffd \ufffd')
  })

  it('decodes double escaping all the way', () => {
    expect(fixEntities('AT&amp;amp;T')).toBe('AT&T')
    expect(fixEntities('It&amp;#8217;s')).toBe('It’s')
    expect(fixEntities('x &amp;amp;notanentity; y')).toBe('x &notanentity; y')
  })

  it('decodes upper-cased names as the upper-case letter', () => {
    expect(fixEntities('&EACUTE;T&EACUTE;')).toBe('ÉTÉ')
    expect(fixEntities('&AMP;')).toBe('&')
  })

  it('leaves references without a semicolon, unknown names and plain ampersands', () => {
    for (const text of ['AT&T', 'Tom &amp Jerry', '&copy 2024', 'example.com/?a=1&copy=2&lang=en', '&notanentity;', 'R&D; rock & roll', '&;', '&#;', '&#x;']) {
      expect(entityEdits(text), text).toBeNull()
    }
  })

  it('reports each reference, worded like remark-lint', () => {
    expect(entityEdits('Fish &amp; chips&nbsp;!')).toEqual([
      { start: 5, end: 10, text: '&', reason: 'Unexpected HTML entity `&amp;`, expected `&`' },
      { start: 16, end: 22, text: '\u00a0', reason: 'Unexpected HTML entity `&nbsp;`, expected `<U+00A0>`' },
    ])
    expect(entityEdits('AT&amp;amp;T')![0]!.reason).toBe('Unexpected HTML entity `&amp;amp;`, expected `&`, escaped twice')
  })

  it('leaves the gold corpus alone', () => {
    for (const line of goldLines()) expect(entityEdits(line)).toBeNull()
  })
})

const entityish = fc.string({
  unit: fc.constantFrom('&', 'amp', ';', '#', '38', 'x26', 'lt', 'gt', 'nbsp', 'semi', 'AMP', 'EACUTE', 'a', 'm', 'p', '1', '2', 'x', ' ', 'é', '\u0000', '\ud800'),
  maxLength: 16,
})

describe('properties', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(entityish, fc.string()), (text) => {
        const once = fix(text)
        expect(fix(once)).toBe(once)
      }),
      { numRuns: 5000 },
    )
  })

  it('does not crash on arbitrary strings and its edits are well-formed', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => void fix(text)), { numRuns: 2000 })
  })

  it('decodes what an HTML encoder escaped', () => {
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '&', '<', '>', '"', ';', '#', 'é') }), (text) => {
        // Escaping turns "&" into "&amp;", so text that itself looks like a reference decodes further: skip those.
        fc.pre(!/&(?:#?[A-Za-z0-9]+);/.test(text))
        expect(fix(escape(text))).toBe(text)
      }),
      { numRuns: 2000 },
    )
  })
})
