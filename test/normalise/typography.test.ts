import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { fixTypography, typographyEdits, type TypographyOptions } from '../../src/normalise/typography.js'
import { applyEdits, goldLines } from '../helpers/apply-edits.js'

function fix(text: string, options: Partial<TypographyOptions>): string {
  return applyEdits(text, typographyEdits(text, options))
}

describe('typography', () => {
  it('keeps everything by default', () => {
    expect(typographyEdits('“Hi” -- it\'s...')).toBeNull()
  })

  it('ascii: straightens quotes, dashes and ellipses', () => {
    expect(fix('“Hi” – it’s… — ‘ok’ „low‟ ʼn −5', { style: 'ascii' })).toBe('"Hi" - it\'s... -- \'ok\' "low" \'n -5')
    expect(typographyEdits('« guillemets » stay', { style: 'ascii' })).toBeNull()
    expect(fix('“Hi” – it’s…', { style: 'ascii', quotes: false })).toBe('“Hi” - it’s...')
    expect(fix('“Hi” – it’s…', { style: 'ascii', dashes: false, ellipses: false })).toBe('"Hi" – it\'s…')
  })

  it('typographic: curls quotes by context', () => {
    const t = (s: string) => fix(s, { style: 'typographic' })
    expect(t('"Hi," she said.')).toBe('“Hi,” she said.')
    expect(t("It's the dogs' toys, rock 'n' roll")).toBe('It’s the dogs’ toys, rock ‘n’ roll')
    expect(t("in the '90s and 1990's")).toBe('in the ’90s and 1990’s')
    expect(t('He said "\'hi\'" (and "bye")')).toBe('He said “‘hi’” (and “bye”)')
    expect(t('5\'10" tall, a 12" pizza')).toBe('5\'10" tall, a 12" pizza')
    expect(t('a " b \' c')).toBe('a " b \' c')
  })

  it('typographic: dashes and ellipses', () => {
    const t = (s: string) => fix(s, { style: 'typographic' })
    expect(t('wait -- what --- no')).toBe('wait — what — no')
    expect(t('pages 10--20')).toBe('pages 10–20')
    expect(t('run it with --verbose')).toBe('run it with --verbose')
    expect(t('a ---- rule')).toBe('a ---- rule')
    expect(t('and so... on.... end')).toBe('and so… on.... end')
  })

  it('reports each change', () => {
    expect(typographyEdits('it’s', { style: 'ascii' })).toEqual([
      { start: 2, end: 3, text: "'", reason: "Unexpected right single quote `’`, expected `'`" },
    ])
    expect(typographyEdits('so...', { style: 'typographic' })).toEqual([
      { start: 2, end: 5, text: '…', reason: 'Unexpected three dots `...`, expected `…`' },
    ])
  })

  it('on the gold corpus: ascii removes all typographic punctuation, typographic keeps it', () => {
    let changed = 0
    for (const line of goldLines()) {
      const ascii = fix(line, { style: 'ascii' })
      expect(ascii).not.toMatch(/[‘’“”–—…]/)
      if (ascii !== line) changed++
      // The gold text is already typographic: the typographic style can only curl the few
      // straight quotes some articles use, nothing else.
      const flat = (s: string) => s.replace(/[’‘“”"]/g, "'")
      expect(flat(fix(line, { style: 'typographic' }))).toBe(flat(line))
    }
    expect(changed).toBeGreaterThan(10)
  })

  it('fixes whole texts', () => {
    expect(fixTypography('“a”\n‘b’', { style: 'ascii' })).toBe('"a"\n\'b\'')
  })
})

const typographish = fc.string({
  unit: fc.constantFrom('a', 'B', '1', ' ', "'", '"', '-', '.', '(', ')', '‘', '’', '“', '”', '–', '—', '…', 'ʼ', '«', '\ud800', '\u0000', '😀'),
  maxLength: 20,
})

describe('properties', () => {
  for (const style of ['ascii', 'typographic'] as const) {
    it(`${style} is idempotent`, () => {
      fc.assert(
        fc.property(fc.oneof(typographish, fc.string()), (text) => {
          const once = fix(text, { style })
          expect(fix(once, { style })).toBe(once)
        }),
        { numRuns: 5000 },
      )
    })
  }

  it('ascii output has no typographic quotes, dashes or ellipses', () => {
    fc.assert(
      fc.property(typographish, (text) => {
        expect(fix(text, { style: 'ascii' })).not.toMatch(/[‘’‚‛“”„‟–—―‒‐‑−…ʼ]/)
      }),
    )
  })

  it('does not crash on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        fix(text, { style: 'ascii' })
        fix(text, { style: 'typographic' })
      }),
      { numRuns: 1000 },
    )
  })
})
