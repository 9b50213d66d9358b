import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { decodeUtf8, encodeUtf8 } from '../../src/normalise/utf8.js'
import { CHARMAP_ENCODINGS, HIGH_HALF, MOJIBAKE_ALPHABET, encodeCharmap, isPossibleEncoding } from '../../src/normalise/charmaps.js'

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

function reference(bytes: Uint8Array): string | null {
  try {
    return strict.decode(bytes)
  } catch {
    return null
  }
}

describe('decodeUtf8', () => {
  it('agrees with a fatal TextDecoder on arbitrary bytes', () => {
    const bytes = fc.uint8Array({ maxLength: 24 })
    // Bias towards UTF-8-looking bytes: lead bytes, continuation bytes, ASCII.
    const utf8ish = fc
      .array(fc.oneof(fc.integer({ min: 0x80, max: 0xbf }), fc.integer({ min: 0xc0, max: 0xff }), fc.integer({ min: 0, max: 0x7f })), { maxLength: 24 })
      .map((a) => Uint8Array.from(a))
    fc.assert(
      fc.property(fc.oneof(bytes, utf8ish), (input) => {
        expect(decodeUtf8(input)?.text ?? null).toBe(reference(input))
      }),
      { numRuns: 5000 },
    )
  })

  it('round-trips any well-formed string, with byte spans per code unit', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const bytes = encodeUtf8(text)
        expect(bytes).toEqual(new TextEncoder().encode(text))
        const decoded = decodeUtf8(bytes)!
        expect(decoded.text).toBe(text)
        expect(decoded.byteStart).toHaveLength(text.length)
        if (text.length > 0) expect(decoded.byteEnd[text.length - 1]).toBe(bytes.length)
      }),
    )
  })

  it('rejects overlong forms, surrogates and code points past U+10FFFF', () => {
    for (const bad of [[0xc0, 0x80], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf8], [0xc3]]) {
      expect(decodeUtf8(bad)).toBeNull()
    }
  })

  it('decodes the variants: CESU-8 pairs and Java NUL', () => {
    expect(decodeUtf8([0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x8d], true)!.text).toBe('😍')
    expect(decodeUtf8([0x61, 0xc0, 0x80, 0x62], true)!.text).toBe('a\u0000b')
    expect(decodeUtf8([0xed, 0xa0, 0xbd], true)).toBeNull() // a lone surrogate half
    expect(decodeUtf8([0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x8d], false)).toBeNull()
  })

  it('encodes lone surrogates as U+FFFD, like TextEncoder', () => {
    expect(encodeUtf8('a\ud800b')).toEqual(new TextEncoder().encode('a\ud800b'))
  })
})

describe('charmaps', () => {
  it('has 128 characters per table, without duplicates', () => {
    for (const encoding of CHARMAP_ENCODINGS) {
      const table = HIGH_HALF[encoding]
      expect(table, encoding).toHaveLength(128)
      expect(new Set(table).size, encoding).toBe(128)
    }
  })

  it('matches the WHATWG decoders where they define the byte', () => {
    const labels = {
      'sloppy-windows-1251': 'windows-1251',
      'sloppy-windows-1250': 'windows-1250',
      'sloppy-windows-1253': 'windows-1253',
      'sloppy-windows-1254': 'windows-1254',
      'sloppy-windows-1257': 'windows-1257',
      'iso-8859-2': 'iso-8859-2',
      macroman: 'macintosh',
    } as const
    for (const [encoding, label] of Object.entries(labels)) {
      const decoder = new TextDecoder(label)
      for (let byte = 0x80; byte < 0x100; byte++) {
        const reference = decoder.decode(Uint8Array.of(byte))
        if (reference === '\ufffd' || reference === '') continue
        expect(HIGH_HALF[encoding as keyof typeof labels][byte - 0x80], `${encoding} ${byte.toString(16)}`).toBe(reference)
      }
    }
  })

  it('has the Windows-1252 punctuation and passes undefined bytes through', () => {
    const table = HIGH_HALF['sloppy-windows-1252']
    expect(table.slice(0, 32)).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ')
    expect(table.slice(32)).toBe(HIGH_HALF['latin-1'].slice(32))
    expect(HIGH_HALF.cp437.slice(0, 4)).toBe('Çüéâ')
  })

  it('encodes U+FFFD as byte 1A in the sloppy encodings only', () => {
    expect(encodeCharmap('a\ufffd', 'sloppy-windows-1252')).toEqual(Uint8Array.of(0x61, 0x1a))
    expect(encodeCharmap('a\u001a', 'sloppy-windows-1252')).toBeNull()
    expect(encodeCharmap('a\u001a', 'latin-1')).toEqual(Uint8Array.of(0x61, 0x1a))
    expect(isPossibleEncoding('€', 'latin-1')).toBe(false)
    expect(isPossibleEncoding('€', 'sloppy-windows-1252')).toBe(true)
  })

  it('round-trips every table', () => {
    for (const encoding of CHARMAP_ENCODINGS) {
      const bytes = encodeCharmap(HIGH_HALF[encoding], encoding)!
      expect(Array.from(bytes)).toEqual(Array.from({ length: 128 }, (_, i) => 0x80 + i))
    }
    expect(MOJIBAKE_ALPHABET).toContain('Ã')
    expect(MOJIBAKE_ALPHABET).not.toMatch(/[\x00-\x7f]/)
  })
})
