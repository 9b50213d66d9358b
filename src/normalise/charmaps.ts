/**
 * Single-byte character maps that UTF-8 text gets mistaken for, in the order ftfy tries them.
 *
 * Each table lists what bytes 0x80–0xFF decode to. Bytes 0x00–0x7F are ASCII in all of them.
 * The `sloppy-*` maps are the Windows code pages with their undefined bytes passed through as the
 * Latin-1 (C1) character of the same number, and byte 0x1A standing for U+FFFD (as in ftfy): that
 * lets text that went through a lossy decoder still be re-encoded.
 *
 * Generated from Python's codecs (no runtime dependency: plain strings, no Buffer, no TextDecoder).
 */

export type CharmapEncoding =
  | 'latin-1'
  | 'sloppy-windows-1252'
  | 'sloppy-windows-1251'
  | 'sloppy-windows-1250'
  | 'sloppy-windows-1253'
  | 'sloppy-windows-1254'
  | 'sloppy-windows-1257'
  | 'iso-8859-2'
  | 'macroman'
  | 'cp437'

/** The encodings tried, in order (ftfy's CHARMAP_ENCODINGS). */
export const CHARMAP_ENCODINGS: readonly CharmapEncoding[] = [
  'latin-1',
  'sloppy-windows-1252',
  'sloppy-windows-1251',
  'sloppy-windows-1250',
  'sloppy-windows-1253',
  'sloppy-windows-1254',
  'sloppy-windows-1257',
  'iso-8859-2',
  'macroman',
  'cp437',
]

/** What bytes 0x80–0xFF decode to, per encoding. */
export const HIGH_HALF: Readonly<Record<CharmapEncoding, string>> = {
  'latin-1':
    '\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f\u00a0¡¢£¤¥¦§¨©ª«¬\u00ad®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ',
  'sloppy-windows-1252':
    '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ\u00a0¡¢£¤¥¦§¨©ª«¬\u00ad®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ',
  'sloppy-windows-1251':
    'ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏђ‘’“”•–—\u0098™љ›њќћџ\u00a0ЎўЈ¤Ґ¦§Ё©Є«¬\u00ad®Ї°±Ііґµ¶·ё№є»јЅѕїАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя',
  'sloppy-windows-1250':
    '€\u0081‚\u0083„…†‡\u0088‰Š‹ŚŤŽŹ\u0090‘’“”•–—\u0098™š›śťžź\u00a0ˇ˘Ł¤Ą¦§¨©Ş«¬\u00ad®Ż°±˛ł´µ¶·¸ąş»Ľ˝ľżŔÁÂĂÄĹĆÇČÉĘËĚÍÎĎĐŃŇÓÔŐÖ×ŘŮÚŰÜÝŢßŕáâăäĺćçčéęëěíîďđńňóôőö÷řůúűüýţ˙',
  'sloppy-windows-1253':
    '€\u0081‚ƒ„…†‡\u0088‰\u008a‹\u008c\u008d\u008e\u008f\u0090‘’“”•–—\u0098™\u009a›\u009c\u009d\u009e\u009f\u00a0΅Ά£¤¥¦§¨©ª«¬\u00ad®―°±²³΄µ¶·ΈΉΊ»Ό½ΎΏΐΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡÒΣΤΥΦΧΨΩΪΫάέήίΰαβγδεζηθικλμνξοπρςστυφχψωϊϋόύώÿ',
  'sloppy-windows-1254':
    '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008d\u008e\u008f\u0090‘’“”•–—˜™š›œ\u009d\u009eŸ\u00a0¡¢£¤¥¦§¨©ª«¬\u00ad®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏĞÑÒÓÔÕÖ×ØÙÚÛÜİŞßàáâãäåæçèéêëìíîïğñòóôõö÷øùúûüışÿ',
  'sloppy-windows-1257':
    '€\u0081‚\u0083„…†‡\u0088‰\u008a‹\u008c¨ˇ¸\u0090‘’“”•–—\u0098™\u009a›\u009c¯˛\u009f\u00a0¡¢£¤¥¦§Ø©Ŗ«¬\u00ad®Æ°±²³´µ¶·ø¹ŗ»¼½¾æĄĮĀĆÄÅĘĒČÉŹĖĢĶĪĻŠŃŅÓŌÕÖ×ŲŁŚŪÜŻŽßąįāćäåęēčéźėģķīļšńņóōõö÷ųłśūüżž˙',
  'iso-8859-2':
    '\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f\u00a0Ą˘Ł¤ĽŚ§¨ŠŞŤŹ\u00adŽŻ°ą˛ł´ľśˇ¸šşťź˝žżŔÁÂĂÄĹĆÇČÉĘËĚÍÎĎĐŃŇÓÔŐÖ×ŘŮÚŰÜÝŢßŕáâăäĺćçčéęëěíîďđńňóôőö÷řůúűüýţ˙',
  'macroman':
    'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»…\u00a0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uf8ffÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ',
  'cp437':
    'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0',
}

/** Bytes that strict Windows-1252 leaves undefined. */
const WINDOWS_1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d])

const encoders = new Map<CharmapEncoding, Map<number, number>>()

function encoderFor(encoding: CharmapEncoding): Map<number, number> {
  let map = encoders.get(encoding)
  if (!map) {
    map = new Map()
    const high = HIGH_HALF[encoding]
    for (let i = 0; i < 128; i++) map.set(high.charCodeAt(i), 0x80 + i)
    for (let i = 0; i < 0x80; i++) map.set(i, i)
    if (encoding.startsWith('sloppy-')) {
      map.delete(0x1a)
      map.set(0xfffd, 0x1a)
    }
    encoders.set(encoding, map)
  }
  return map
}

/**
 * Encode `text` in a single-byte `encoding`, or return null when some character has no byte there
 * (ftfy's `possible_encoding` and `str.encode` in one step).
 */
export function encodeCharmap(text: string, encoding: CharmapEncoding): Uint8Array | null {
  const map = encoderFor(encoding)
  const out = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) {
    const byte = map.get(text.charCodeAt(i))
    if (byte === undefined) return null
    out[i] = byte
  }
  return out
}

/** Whether every character of `text` has a byte in `encoding`. */
export function isPossibleEncoding(text: string, encoding: CharmapEncoding): boolean {
  const map = encoderFor(encoding)
  for (let i = 0; i < text.length; i++) if (!map.has(text.charCodeAt(i))) return false
  return true
}

/** The character that byte `byte` (0x80–0xFF) means in sloppy Windows-1252. */
export function windows1252Char(byte: number): string {
  return HIGH_HALF['sloppy-windows-1252'][byte - 0x80]!
}

/** Whether strict Windows-1252 defines byte `byte`. */
export function isWindows1252Defined(byte: number): boolean {
  return !WINDOWS_1252_UNDEFINED.has(byte)
}

/** Every character that a byte 0x80–0xFF decodes to in any of the maps (and U+FFFD). */
export const MOJIBAKE_ALPHABET: string = (() => {
  const seen = new Set<string>(['\ufffd'])
  for (const encoding of CHARMAP_ENCODINGS) for (const ch of HIGH_HALF[encoding]) seen.add(ch)
  return [...seen].join('')
})()
