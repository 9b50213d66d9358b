/**
 * A strict UTF-8 decoder (no Buffer, no TextDecoder) that fails on invalid input instead of
 * inserting U+FFFD, and optionally accepts the two "variants" ftfy knows: CESU-8 (a UTF-16
 * surrogate pair written as two 3-byte sequences) and Java's `C0 80` for U+0000.
 *
 * Besides the text it reports, for every UTF-16 code unit of the result, which bytes it came from,
 * so that a repair can be reported span by span.
 */

export interface DecodedBytes {
  text: string
  /** For each UTF-16 unit of `text`: index of its first byte. */
  byteStart: number[]
  /** For each UTF-16 unit of `text`: index just past its last byte. */
  byteEnd: number[]
}

function isCont(byte: number | undefined): boolean {
  return byte !== undefined && (byte & 0xc0) === 0x80
}

/**
 * Decode `bytes` as UTF-8. With `variants`, CESU-8 surrogate pairs and `C0 80` are accepted too.
 * Returns null on any invalid or truncated sequence, overlong form, lone surrogate or code point
 * past U+10FFFF (like Python's strict decoder).
 */
export function decodeUtf8(bytes: ArrayLike<number>, variants = false): DecodedBytes | null {
  const units: number[] = []
  const byteStart: number[] = []
  const byteEnd: number[] = []
  const n = bytes.length
  let i = 0
  const push = (cp: number, from: number, to: number): void => {
    if (cp >= 0x10000) {
      const v = cp - 0x10000
      units.push(0xd800 + (v >> 10), 0xdc00 + (v & 0x3ff))
      byteStart.push(from, from)
      byteEnd.push(to, to)
    } else {
      units.push(cp)
      byteStart.push(from)
      byteEnd.push(to)
    }
  }
  while (i < n) {
    const b0 = bytes[i]!
    if (b0 < 0x80) {
      push(b0, i, i + 1)
      i += 1
      continue
    }
    if (b0 >= 0xc2 && b0 <= 0xdf) {
      const b1 = bytes[i + 1]
      if (!isCont(b1)) return null
      push(((b0 & 0x1f) << 6) | (b1! & 0x3f), i, i + 2)
      i += 2
      continue
    }
    if (b0 === 0xc0 && variants && bytes[i + 1] === 0x80) {
      push(0, i, i + 2)
      i += 2
      continue
    }
    if (b0 >= 0xe0 && b0 <= 0xef) {
      const b1 = bytes[i + 1]
      const b2 = bytes[i + 2]
      if (!isCont(b1) || !isCont(b2)) return null
      if (b0 === 0xe0 && b1! < 0xa0) return null // overlong
      if (b0 === 0xed && b1! >= 0xa0) {
        // A surrogate: only valid as the first half of a CESU-8 pair.
        if (!variants || b1! > 0xaf) return null
        const b3 = bytes[i + 3]
        const b4 = bytes[i + 4]
        const b5 = bytes[i + 5]
        if (b3 !== 0xed || b4 === undefined || b4 < 0xb0 || b4 > 0xbf || !isCont(b5)) return null
        const cp = 0x10000 + ((b1! & 0x0f) << 16) + ((b2! & 0x3f) << 10) + ((b4 & 0x0f) << 6) + (b5! & 0x3f)
        push(cp, i, i + 6)
        i += 6
        continue
      }
      push(((b0 & 0x0f) << 12) | ((b1! & 0x3f) << 6) | (b2! & 0x3f), i, i + 3)
      i += 3
      continue
    }
    if (b0 >= 0xf0 && b0 <= 0xf4) {
      const b1 = bytes[i + 1]
      const b2 = bytes[i + 2]
      const b3 = bytes[i + 3]
      if (!isCont(b1) || !isCont(b2) || !isCont(b3)) return null
      if (b0 === 0xf0 && b1! < 0x90) return null // overlong
      if (b0 === 0xf4 && b1! > 0x8f) return null // past U+10FFFF
      const cp = ((b0 & 0x07) << 18) | ((b1! & 0x3f) << 12) | ((b2! & 0x3f) << 6) | (b3! & 0x3f)
      push(cp, i, i + 4)
      i += 4
      continue
    }
    return null
  }
  let text = ''
  // Build the string in chunks: String.fromCharCode has an argument limit.
  for (let k = 0; k < units.length; k += 4096) {
    text += String.fromCharCode(...units.slice(k, k + 4096))
  }
  return { text, byteStart, byteEnd }
}

/** Encode a string as UTF-8 bytes (lone surrogates become U+FFFD, as TextEncoder does). */
export function encodeUtf8(text: string): Uint8Array {
  const out: number[] = []
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i)
    if (cp >= 0xd800 && cp <= 0xdbff) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (next - 0xdc00)
        i++
      } else {
        cp = 0xfffd
      }
    } else if (cp >= 0xdc00 && cp <= 0xdfff) {
      cp = 0xfffd
    }
    if (cp < 0x80) out.push(cp)
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f))
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f))
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f))
  }
  return Uint8Array.from(out)
}
