import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { MOJIBAKE_HINT, badness, explainPlan, fixMojibake, isBad, repairMojibake } from '../../src/normalise/mojibake.js'
import { applyEdits, ftfyCases, goldLines, toMojibake, type FtfyCase } from '../helpers/apply-edits.js'

function fixed(text: string): string {
  return fixMojibake(text)?.text ?? text
}

/** ftfy's `fix_encoding` result is `fixed-encoding` when given, else `fixed`. */
function expected(c: FtfyCase): string {
  return c['fixed-encoding'] ?? c.fixed
}

/**
 * Cases we knowingly fail, by label, with the reason. Empty: every case of the four files passes.
 * A case listed here is still run and must still fail (`it.fails`), so a fix gets noticed.
 */
const KNOWN_FAILURES: Record<string, string> = {}

describe('ftfy test cases (encoding repair)', () => {
  for (const file of ['in-the-wild', 'synthetic', 'language-names'] as const) {
    describe(file, () => {
      const cases = ftfyCases(file)
      it('has the cases', () => {
        expect(cases.length).toBeGreaterThanOrEqual(20)
      })
      for (const c of cases) {
        const run = KNOWN_FAILURES[c.label] ? it.fails : it
        run(c.label, () => {
          expect(fixed(c.original)).toBe(expected(c))
        })
      }
      it('passes every case', () => {
        const failures = cases.filter((c) => fixed(c.original) !== expected(c)).map((c) => c.label)
        expect(failures).toEqual(Object.keys(KNOWN_FAILURES).filter((label) => cases.some((c) => c.label === label)))
      })
    })
  }

  describe('negative: text that only looks like mojibake', () => {
    const cases = ftfyCases('negative')
    for (const c of cases) {
      it(c.label, () => {
        expect(fixed(c.original)).toBe(expected(c))
      })
    }
    it('leaves every negative case unchanged, apart from C1 controls read as Windows-1252', () => {
      for (const c of cases) {
        const result = fixMojibake(c.original)
        if (expected(c) === c.original) expect(result, c.label).toBeNull()
        else {
          // The one such case: "parlé\x85 Tu" has a C1 control (NEL), which ftfy reads as "…".
          expect(c.original).toMatch(/[\u0080-\u009f]/)
          expect(result!.text).toBe(c.original.replace('\u0085', '…'))
        }
      }
      expect(cases).toHaveLength(31)
    })
  })
})

describe('fixMojibake', () => {
  it('repairs UTF-8 read as Windows-1252 and says so', () => {
    const ok = fixMojibake('Itâ€™s â€œquotedâ€\u009d')!
    expect(ok.text).toBe('It’s “quoted”')
    expect(ok.explanation).toBe('decoded windows-1252 as utf-8')
    expect(ok.plan).toEqual([
      ['encode', 'sloppy-windows-1252'],
      ['decode', 'utf-8'],
    ])
  })

  it('repairs Latin-1 mojibake and double encoding', () => {
    expect(fixMojibake('CafÃ© au lait')!.text).toBe('Café au lait')
    const twice = fixMojibake('Iggy Pop (nÃƒÂ© Jim Osterberg)')!
    expect(twice.text).toBe('Iggy Pop (né Jim Osterberg)')
    expect(twice.explanation).toBe('decoded windows-1252 as utf-8, then decoded latin-1 as utf-8')
    const thrice = fixMojibake('The Mona Lisa doesnÃƒÂ¢Ã¢â€šÂ¬Ã¢â€žÂ¢t have eyebrows.')!
    expect(thrice.text).toBe('The Mona Lisa doesn’t have eyebrows.')
    expect(thrice.explanation).toBe('decoded windows-1252 as utf-8, 3 times')
  })

  it('handles "Ã " whose no-break space became a space', () => {
    expect(fixMojibake('voilÃ le travail')!.text).toBe('voilà le travail')
    expect(fixMojibake('ART TRIP Ã\u00a0 l’office')!.text).toBe('ART TRIP à l’office')
    expect(fixMojibake('Ã la carte')!.text).toBe('à la carte')
    // "Ã " after a capital letter, with no other evidence, is not enough (as in ftfy).
    expect(fixMojibake('ART TRIP Ã l’office')).toBeNull()
    expect(fixMojibake('voilÃ le travail')!.explanation).toBe('decoded latin-1 as utf-8 (no-break spaces restored)')
  })

  it('reads C1 controls as Windows-1252', () => {
    const result = fixMojibake('This text was never UTF-8 at all\u0085')!
    expect(result.text).toBe('This text was never UTF-8 at all…')
    expect(result.explanation).toBe('decoded latin-1 as windows-1252')
  })

  it('decodes CESU-8 and lossy sequences', () => {
    expect(fixed('Hi guys \u00ed\u00a0\u00bd\u00ed\u00b8\u008d')).toBe('Hi guys 😍')
    expect(fixed('â€œlossy decodingâ€�')).toBe('“lossy decoding�')
  })

  it('leaves clean text alone', () => {
    for (const text of ['', 'plain ASCII', 'Café', 'naïve “quotes” — and… more', 'Ελληνικά', 'Русский текст', '日本語', '👩‍💻']) {
      expect(fixMojibake(text)).toBeNull()
    }
  })

  it('does not repair mojibake it cannot recognise when it is alone (as ftfy)', () => {
    // "Å" → "Ã…", "Î" → "ÃŽ", "Œ" → "Å’", "œ" → "Å“" look like plausible text on their own.
    for (const clean of ['Åsa', 'Îles', 'Œuvre']) expect(fixMojibake(toMojibake(clean))).toBeNull()
    // With other mojibake on the line they are repaired with it.
    expect(fixed(toMojibake('Åsa and Zoë'))).toBe('Åsa and Zoë')
  })
})

describe('repairMojibake changes', () => {
  it('reports small spans of the input', () => {
    const text = 'The Mona Lisa doesnâ€™t have eyebrows, cafÃ©.'
    const repair = repairMojibake(text)!
    const quote = text.indexOf('â€™')
    const accent = text.indexOf('Ã©')
    expect(repair.changes).toEqual([
      { start: quote, end: quote + 3, actual: 'â€™', expected: '’' },
      { start: accent, end: accent + 2, actual: 'Ã©', expected: 'é' },
    ])
  })

  it('rebuilds the repaired text from the changes (all ftfy cases)', () => {
    for (const file of ['in-the-wild', 'synthetic', 'negative', 'language-names'] as const) {
      for (const c of ftfyCases(file)) {
        const repair = repairMojibake(c.original)
        if (!repair) continue
        const edits = repair.changes.map((ch) => ({ start: ch.start, end: ch.end, text: ch.expected }))
        expect(applyEdits(c.original, edits), c.label).toBe(repair.text)
        for (const ch of repair.changes) expect(c.original.slice(ch.start, ch.end)).toBe(ch.actual)
      }
    }
  })
})

describe('badness', () => {
  it('counts unlikely sequences', () => {
    expect(badness('plain text')).toBe(0)
    expect(badness('Café “quoted”')).toBe(0)
    expect(badness('doesnâ€™t')).toBeGreaterThan(0)
    expect(badness('Ã© and Ã¨')).toBe(2)
    expect(isBad('a\u0081b')).toBe(true) // C1 control
  })

  it('explains plans in words', () => {
    expect(explainPlan([['encode', 'macroman'], ['decode', 'utf-8'], ['encode', 'macroman'], ['decode', 'utf-8']])).toBe(
      'decoded macroman as utf-8, twice',
    )
    expect(explainPlan([['transcode', 'fix_c1_controls']])).toBe('C1 controls read as windows-1252')
  })
})

// Clean words with accented letters (not Å, Î, Œ, œ, see above) and curly quotes around them.
const ACCENTED = [...'éèêëàâäçïôöùûüÿñáíóúãõßÉÈÀÇÖÜÑØæøÆÁÍÓÚÊÔÛÄËÏ']
const word = fc
  .tuple(
    fc.stringMatching(/^[A-Za-z]{1,5}$/),
    fc.array(fc.tuple(fc.constantFrom(...ACCENTED), fc.stringMatching(/^[a-z]{1,3}$/)), { maxLength: 3 }),
  )
  .map(([head, rest]) => head + rest.map(([a, b]) => a + b).join(''))
const token = fc.oneof(
  fc.tuple(fc.constantFrom('', '“', '‘', '"', '('), word, fc.constantFrom('', '”', '’', '.', ',', '…', '’s', ')', '!')).map((t) => t.join('')),
  fc.constantFrom('–', '—', '-', '12', '2024', '€5', '£3'),
)
const sentence = fc.array(token, { minLength: 1, maxLength: 14 }).map((tokens) => tokens.join(' '))

describe('properties', () => {
  it('repairing the mojibake of clean text gives the clean text back', () => {
    fc.assert(
      fc.property(sentence, (clean) => {
        expect(fixed(toMojibake(clean))).toBe(clean)
      }),
      { numRuns: 2000 },
    )
  })

  it('repairing the mojibake of every gold line gives the line back', () => {
    const lines = goldLines()
    expect(lines.length).toBeGreaterThan(20)
    for (const line of lines) expect(fixed(toMojibake(line))).toBe(line)
  })

  it('leaves clean text unchanged (gold lines and generated sentences)', () => {
    for (const line of goldLines()) expect(fixMojibake(line)).toBeNull()
    fc.assert(fc.property(sentence, (clean) => fixMojibake(clean) === null), { numRuns: 1000 })
  })

  it('is idempotent', () => {
    const input = fc.oneof(sentence.map(toMojibake), sentence, fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }))
    fc.assert(
      fc.property(input, (text) => {
        const once = fixed(text)
        expect(fixed(once)).toBe(once)
      }),
      { numRuns: 1500 },
    )
  })

  it('does not crash on arbitrary Unicode, lone surrogates and NUL, and its changes rebuild the text', () => {
    const latinish = fc.string({ unit: fc.constantFrom(...'\u0000\ud800\udc00 aÃÂâ€™œ©®Ÿ\u0081\u009d\u00a0íóú¢£¤¥¦§¨ªº¬¯°±²³´µ¶·¸¹»¼½¾¿ÀÉÐ×Øàéðóø×÷\ufffd?Ð°Ñ\u0080') })
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), latinish), (text) => {
        const repair = repairMojibake(text)
        if (!repair) return
        const edits = repair.changes.map((ch) => ({ start: ch.start, end: ch.end, text: ch.expected }))
        expect(applyEdits(text, edits)).toBe(repair.text)
      }),
      { numRuns: 3000 },
    )
  })

  it('isBad agrees with badness (its pre-filter drops nothing)', () => {
    const chars = fc.constantFrom(...'aZ .!\u00a0Ã©Â€™œŒ¢£¤¥¦§¨ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÉØàéøŠšŸžƒˆˇ˘˛˜†‡‰•…–—‘’“”„‚‹›™√∂≈≠≤≥∞ΓΔΘΛΞΠΣΦΨΩαβγδВГРСвЂђўā│┌┐└┘├┤┬┴┼═║╔╗╚╝▀▄█░▒▓\u0080\u0090\ufffd')
    fc.assert(
      fc.property(fc.string({ unit: chars, maxLength: 8 }), (text) => {
        expect(isBad(text)).toBe(badness(text) > 0)
      }),
      { numRuns: 20000 },
    )
    for (const file of ['in-the-wild', 'synthetic', 'negative', 'language-names'] as const) {
      for (const c of ftfyCases(file)) expect(isBad(c.original), c.label).toBe(badness(c.original) > 0)
    }
  })

  it('pre-check: whatever badness flags contains a character of the hint', () => {
    const chars = fc.constantFrom(...'aZ .!Ã©Â€™œ¢£¤¥¦§¨ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÉØàéøŒœŠšŸžƒˆˇ˘˛˜†‡‰•…–—‘’“”„‚‹›™√∂≈≠≤≥∞ΓΔΘΛΞΠΣΦΨΩαβγδВГРСвЂђ│┌┐└┘├┤┬┴┼═║╔╗╚╝▀▄█░▒▓\u0080\u0090\ufffd')
    fc.assert(
      fc.property(fc.string({ unit: chars, maxLength: 8 }), (text) => {
        if (isBad(text)) expect(MOJIBAKE_HINT.test(text)).toBe(true)
      }),
      { numRuns: 5000 },
    )
    expect(MOJIBAKE_HINT.test('plain ASCII line, 100% clean.')).toBe(false)
    expect(MOJIBAKE_HINT.test('日本語のテキスト')).toBe(false)
  })
})
