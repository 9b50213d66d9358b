/**
 * Mojibake repair in the tradition of ftfy (python-ftfy's `fix_encoding`, Apache-2.0), ported to
 * TypeScript without Node APIs.
 *
 * Text that was UTF-8 but got decoded as Windows-1252, Latin-1, MacRoman… shows tell-tale
 * sequences ("â€™" for "’", "Ã©" for "é"). The repair re-encodes the text in the single-byte
 * encoding it was wrongly read as and decodes the bytes as UTF-8, repeatedly (for text that was
 * encoded twice), but only when the badness heuristic says the text looks wrong, and only when the
 * bytes are valid UTF-8. Precision first: text that merely looks odd is left alone.
 *
 * On top of the whole-text repair it follows ftfy in:
 * - restoring byte A0 that a program turned into a plain space ("voilÃ le travail"),
 * - decoding UTF-8 sequences whose lost bytes became U+FFFD ("â€œlossy decodingâ€�"),
 * - decoding CESU-8 (a UTF-16 surrogate pair written as two 3-byte sequences),
 * - fixing mojibake embedded in otherwise fine text (`decode_inconsistent_utf8`),
 * - reading Latin-1 C1 controls as the Windows-1252 characters they were meant to be.
 *
 * Every repair keeps track of which original characters each output character came from, so the
 * result can be reported as small edits ("â€™" → "’") instead of one rewrite of the whole line.
 */

import { badness, isBad } from './badness.js'
import {
  CHARMAP_ENCODINGS,
  MOJIBAKE_ALPHABET,
  encodeCharmap,
  isWindows1252Defined,
  windows1252Char,
  type CharmapEncoding,
} from './charmaps.js'
import { decodeUtf8 } from './utf8.js'
import { helperOptions } from './edits.js'

export { badness, isBad }
export { CHARMAP_ENCODINGS, type CharmapEncoding }

/** One step of a repair plan, as in ftfy: `[operation, argument]`. */
export type PlanStep =
  | readonly ['encode', CharmapEncoding]
  | readonly ['decode', 'utf-8' | 'utf-8-variants' | 'windows-1252']
  | readonly ['transcode', 'restore_byte_a0' | 'replace_lossy_sequences' | 'fix_c1_controls']
  | readonly ['apply', 'decode_inconsistent_utf8']

export interface MojibakeFix {
  /** The repaired text. */
  text: string
  /** The steps that repaired it, as ftfy explains them. */
  plan: PlanStep[]
  /** The plan in words: "decoded windows-1252 as utf-8". */
  explanation: string
}

/** One repaired span of the input. */
export interface MojibakeChange {
  /** Offset of the first replaced character in the input. */
  start: number
  /** Offset just past the last replaced character. */
  end: number
  /** The original text of the span. */
  actual: string
  /** What the span became. */
  expected: string
}

export interface MojibakeRepair extends MojibakeFix {
  /** The repair as non-overlapping, sorted spans of the input. */
  changes: MojibakeChange[]
}

export interface MojibakeOptions {
  /**
   * Single-byte encodings to consider, in the order tried.
   * @default CHARMAP_ENCODINGS (all of them)
   */
  encodings?: readonly CharmapEncoding[]
}

/**
 * A cheap necessary condition: every mojibake contains at least one of the characters that bytes
 * 0x80–0xFF decode to in the supported encodings. Pure ASCII text and, for example, text in CJK
 * scripts without Latin-1 characters fail it with one regex test.
 */
export const MOJIBAKE_HINT = new RegExp(
  '[' + [...MOJIBAKE_ALPHABET].map((ch) => '\\u{' + ch.codePointAt(0)!.toString(16) + '}').join('') + ']',
  'u',
)

/** MOJIBAKE_HINT as a table of the Basic Multilingual Plane (built on first use; null when the alphabet has astral characters). */
let hintTable: Uint8Array | null | undefined

/** `MOJIBAKE_HINT.test(text)`, with a table lookup per code unit (ASCII skipped) instead of a RegExp scan. */
export function hasMojibakeHint(text: string): boolean {
  if (hintTable === undefined) {
    const t = new Uint8Array(65536)
    let astral = false
    for (const ch of MOJIBAKE_ALPHABET) {
      const cp = ch.codePointAt(0)!
      if (cp > 0xffff || (cp >= 0xd800 && cp <= 0xdfff)) astral = true
      else t[cp] = 1
    }
    hintTable = astral ? null : t
  }
  const t = hintTable
  if (t === null) return MOJIBAKE_HINT.test(text)
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0x80 && t[c] === 1) return true
  }
  return false
}

// --- Byte-level patterns (applied to "binary strings": one char per byte) ---------------------

/** UTF-8 that would be valid if a byte A0 had not become a space (ftfy's ALTERED_UTF8_RE). */
const ALTERED_UTF8 =
  /[\xc2\xc3\xc5\xce\xd0\xd9] |[\xe2\xe3] [\x80-\x84\x86-\x9f\xa1-\xbf]|[\xe0-\xe3][\x80-\x84\x86-\x9f\xa1-\xbf] |\xf0 [\x80-\xbf][\x80-\xbf]|\xf0[\x80-\xbf] [\x80-\xbf]|\xf0[\x80-\xbf][\x80-\xbf] /g

/**
 * "Ã " as a word of its own is almost always "à " whose A0 became a space; keep the space.
 * Portuguese "às", "àquele", "àquela", "àquilo" are exceptions.
 */
const A_GRAVE_WORD = /\xc3 (?! |quele|quela|quilo|s )/g

/** UTF-8 sequences where some bytes were lost (0x1A stands for U+FFFD, or an ASCII '?'). */
const LOSSY_UTF8 = new RegExp(
  [
    '[\\xc2-\\xdf]\\x1a',
    '[\\xc2-\\xc3]\\?',
    '\\xed[\\xa0-\\xaf][\\x1a?]\\xed[\\xb0-\\xbf][\\x1a?\\x80-\\xbf]',
    '\\xed[\\xa0-\\xaf][\\x1a?\\x80-\\xbf]\\xed[\\xb0-\\xbf][\\x1a?]',
    '[\\xe0-\\xef][\\x1a?][\\x1a\\x80-\\xbf]',
    '[\\xe0-\\xef][\\x1a\\x80-\\xbf][\\x1a?]',
    '[\\xf0-\\xf4][\\x1a?][\\x1a\\x80-\\xbf][\\x1a\\x80-\\xbf]',
    '[\\xf0-\\xf4][\\x1a\\x80-\\xbf][\\x1a?][\\x1a\\x80-\\xbf]',
    '[\\xf0-\\xf4][\\x1a\\x80-\\xbf][\\x1a\\x80-\\xbf][\\x1a?]',
    '\\x1a',
  ].join('|'),
  'g',
)

// --- Character classes that pinpoint embedded UTF-8 mojibake (ftfy's UTF8_CLUES) --------------
// Letters that bytes C2–DF, E0–EF and F0/F3 decode to in Latin-1 and Windows-1250…1257.

const FIRST_OF_2 =
  '\u00c2\u00c3\u00c4\u00c5\u00c6\u00c7\u00c8\u00c9\u00ca\u00cb\u00cc\u00cd\u00ce\u00cf\u00d0\u00d1\u00d2\u00d3\u00d4\u00d5\u00d6\u00d7\u00d8\u00d9\u00da\u00db\u00dc\u00dd\u00de\u00df\u0100\u0102\u0106\u010c\u010e\u0110\u0112\u0116\u0118\u011a\u011e\u0122\u012a\u0130\u0136\u0139\u013b\u0141\u0143\u0145\u0147\u014c\u0150\u0158\u015a\u015e\u0160\u0162\u016a\u016e\u0170\u0172\u0179\u017b\u017d\u0392\u0393\u0394\u0395\u0396\u0397\u0398\u0399\u039a\u039b\u039c\u039d\u039e\u039f\u03a0\u03a1\u03a3\u03a4\u03a5\u03a6\u03a7\u03a8\u03a9\u03aa\u03ab\u03ac\u03ad\u03ae\u03af\u0412\u0413\u0414\u0415\u0416\u0417\u0418\u0419\u041a\u041b\u041c\u041d\u041e\u041f\u0420\u0421\u0422\u0423\u0424\u0425\u0426\u0427\u0428\u0429\u042a\u042b\u042c\u042d\u042e\u042f'
const FIRST_OF_3 =
  '\u00e0\u00e1\u00e2\u00e3\u00e4\u00e5\u00e6\u00e7\u00e8\u00e9\u00ea\u00eb\u00ec\u00ed\u00ee\u00ef\u0101\u0103\u0105\u0107\u010d\u010f\u0113\u0117\u0119\u011b\u0123\u012b\u012f\u0137\u013a\u013c\u0155\u017a\u03b0\u03b1\u03b2\u03b3\u03b4\u03b5\u03b6\u03b7\u03b8\u03b9\u03ba\u03bb\u03bc\u03bd\u03be\u03bf\u0430\u0431\u0432\u0433\u0434\u0435\u0436\u0437\u0438\u0439\u043a\u043b\u043c\u043d\u043e\u043f'
const FIRST_OF_4 = '\u00f0\u00f3\u0111\u011f\u0161\u03c0\u03c3\u0440\u0443'
/** Continuation bytes 80–BF that don't usually stand for themselves next to mojibake. */
const CONTINUATION_STRICT =
  '\u0080-\u00bf\u00c6\u00d8\u00e6\u00f8\u0104\u0105\u013d\u013e\u0141\u0142\u0152\u0153\u0156\u0157\u015a\u015b\u015e\u015f\u0160\u0161\u0164\u0165\u0178\u0179\u017a\u017b\u017c\u017d\u017e\u0192\u02c6\u02c7\u02d8\u02db\u02dc\u02dd\u0384\u0385\u0386\u0388\u0389\u038a\u038c\u038e\u038f\u0401\u0402\u0403\u0404\u0405\u0406\u0407\u0408\u0409\u040a\u040b\u040c\u040e\u040f\u0451\u0452\u0453\u0454\u0455\u0456\u0457\u0458\u0459\u045a\u045b\u045c\u045e\u045f\u0490\u0491\u2020\u2021\u2030\u2039\u203a\u20ac\u2116\u2122'
/** All continuation characters: the strict ones, a space (for A0), dashes, quotes, bullet, ellipsis. */
const CONTINUATION = CONTINUATION_STRICT + ' \u2013\u2014\u2015\u2018\u2019\u201a\u201c\u201d\u201e\u2022\u2026'

/** Runs of characters that look like UTF-8 read as a single-byte encoding (ftfy's UTF8_DETECTOR_RE). */
const UTF8_DETECTOR = new RegExp(
  `(?<![${CONTINUATION_STRICT}])(?:[${FIRST_OF_2}][${CONTINUATION}]|[${FIRST_OF_3}][${CONTINUATION}]{2}|[${FIRST_OF_4}][${CONTINUATION}]{3})+`,
  'gu',
)

const C1_CONTROL = /[\u0080-\u009f]/
const NON_ASCII = /[^\x00-\x7f]/

// --- Mapped text: a string plus, per UTF-16 unit, the span of the input it came from ----------

interface Mapped {
  text: string
  start: number[]
  end: number[]
}

interface StepResult extends Mapped {
  plan: PlanStep[]
  /** Plans of repaired parts, for decode_inconsistent_utf8. */
  parts?: PlanStep[][]
}

function identity(text: string): Mapped {
  const start: number[] = new Array(text.length)
  const end: number[] = new Array(text.length)
  for (let i = 0; i < text.length; i++) {
    start[i] = i
    end[i] = i + 1
  }
  return { text, start, end }
}

function toBinary(bytes: readonly number[]): string {
  let out = ''
  for (let k = 0; k < bytes.length; k += 4096) out += String.fromCharCode(...bytes.slice(k, k + 4096))
  return out
}

interface ByteRun {
  bytes: number[]
  start: number[]
  end: number[]
}

/** ftfy's `restore_byte_a0`: put back A0 bytes that became spaces inside UTF-8 sequences. */
function restoreByteA0(run: ByteRun): ByteRun {
  // "Ã " as a word: insert A0 after C3, keep the space.
  let bin = toBinary(run.bytes)
  let bytes = run.bytes
  let start = run.start
  let end = run.end
  A_GRAVE_WORD.lastIndex = 0
  if (A_GRAVE_WORD.test(bin)) {
    const nb: number[] = []
    const ns: number[] = []
    const ne: number[] = []
    for (let i = 0; i < bytes.length; i++) {
      nb.push(bytes[i]!)
      ns.push(start[i]!)
      ne.push(end[i]!)
      if (bytes[i] === 0xc3 && bytes[i + 1] === 0x20) {
        A_GRAVE_WORD.lastIndex = i
        const m = A_GRAVE_WORD.exec(bin)
        if (m && m.index === i) {
          nb.push(0xa0)
          ns.push(start[i]!)
          ne.push(end[i]!)
        }
      }
    }
    bytes = nb
    start = ns
    end = ne
    bin = toBinary(bytes)
  }
  const out = bytes.slice()
  ALTERED_UTF8.lastIndex = 0
  for (const m of bin.matchAll(ALTERED_UTF8)) {
    for (let k = m.index; k < m.index + m[0].length; k++) if (out[k] === 0x20) out[k] = 0xa0
  }
  return { bytes: out, start, end }
}

/** ftfy's `replace_lossy_sequences`: UTF-8 sequences with lost bytes become U+FFFD (EF BF BD). */
function replaceLossySequences(run: ByteRun): ByteRun {
  const bin = toBinary(run.bytes)
  const bytes: number[] = []
  const start: number[] = []
  const end: number[] = []
  let pos = 0
  LOSSY_UTF8.lastIndex = 0
  for (const m of bin.matchAll(LOSSY_UTF8)) {
    for (; pos < m.index; pos++) {
      bytes.push(run.bytes[pos]!)
      start.push(run.start[pos]!)
      end.push(run.end[pos]!)
    }
    const last = m.index + m[0].length - 1
    bytes.push(0xef, 0xbf, 0xbd)
    start.push(run.start[m.index]!, run.start[m.index]!, run.start[m.index]!)
    end.push(run.end[last]!, run.end[last]!, run.end[last]!)
    pos = last + 1
  }
  for (; pos < run.bytes.length; pos++) {
    bytes.push(run.bytes[pos]!)
    start.push(run.start[pos]!)
    end.push(run.end[pos]!)
  }
  return { bytes, start, end }
}

function sameBytes(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

/** Re-encode in `encoding` and decode as UTF-8; null when that is impossible. */
function tryCharmap(text: string, encoding: CharmapEncoding): StepResult | null {
  const encoded = encodeCharmap(text, encoding)
  if (!encoded) return null
  let run: ByteRun = { bytes: Array.from(encoded), start: [], end: [] }
  for (let i = 0; i < text.length; i++) {
    run.start.push(i)
    run.end.push(i + 1)
  }
  const plan: PlanStep[] = [['encode', encoding]]
  if (encoding !== 'macroman') {
    ALTERED_UTF8.lastIndex = 0
    if (ALTERED_UTF8.test(toBinary(run.bytes))) {
      const restored = restoreByteA0(run)
      if (!sameBytes(restored.bytes, run.bytes)) {
        plan.push(['transcode', 'restore_byte_a0'])
        run = restored
      }
    }
  }
  if (encoding.startsWith('sloppy-')) {
    const replaced = replaceLossySequences(run)
    if (!sameBytes(replaced.bytes, run.bytes)) {
      plan.push(['transcode', 'replace_lossy_sequences'])
      run = replaced
    }
  }
  const variants = run.bytes.includes(0xed) || run.bytes.includes(0xc0)
  const decoded = decodeUtf8(run.bytes, variants)
  if (!decoded) return null
  plan.push(['decode', variants ? 'utf-8-variants' : 'utf-8'])
  const start: number[] = []
  const end: number[] = []
  for (let k = 0; k < decoded.text.length; k++) {
    start.push(run.start[decoded.byteStart[k]!]!)
    end.push(run.end[decoded.byteEnd[k]! - 1]!)
  }
  return { text: decoded.text, start, end, plan }
}

/** ftfy's `decode_inconsistent_utf8`: repair runs of UTF-8 mojibake inside other text. */
function decodeInconsistentUtf8(text: string, encodings: readonly CharmapEncoding[]): StepResult | null {
  let out = ''
  const start: number[] = []
  const end: number[] = []
  const parts: PlanStep[][] = []
  let pos = 0
  const copy = (to: number): void => {
    for (; pos < to; pos++) {
      out += text[pos]
      start.push(pos)
      end.push(pos + 1)
    }
  }
  UTF8_DETECTOR.lastIndex = 0
  for (const m of text.matchAll(UTF8_DETECTOR)) {
    const sub = m[0]
    if (sub.length >= text.length || !isBad(sub)) continue
    const fixed = fixMapped(sub, encodings)
    if (fixed.plan.length === 0 || fixed.text === sub) continue
    copy(m.index)
    out += fixed.text
    for (let k = 0; k < fixed.text.length; k++) {
      start.push(m.index + fixed.start[k]!)
      end.push(m.index + fixed.end[k]!)
    }
    parts.push(fixed.plan)
    pos = m.index + sub.length
  }
  if (parts.length === 0) return null
  copy(text.length)
  return { text: out, start, end, plan: [['apply', 'decode_inconsistent_utf8']], parts }
}

/** One step of ftfy's `fix_encoding`; null when nothing applies. */
function fixOneStep(text: string, encodings: readonly CharmapEncoding[]): StepResult | null {
  if (text.length === 0 || !NON_ASCII.test(text) || !isBad(text)) return null
  let latin1 = false
  for (const encoding of encodings) {
    const result = tryCharmap(text, encoding)
    if (encoding === 'latin-1' && encodeCharmap(text, encoding)) latin1 = true
    if (result) return result
  }
  const inconsistent = decodeInconsistentUtf8(text, encodings)
  if (inconsistent && inconsistent.text !== text) return inconsistent

  // Latin-1 that was meant to be Windows-1252: C1 controls become what Windows meant by them.
  if (latin1) {
    let ok = true
    let out = ''
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      if (code >= 0x80 && code <= 0x9f) {
        if (!isWindows1252Defined(code)) {
          ok = false
          break
        }
        out += windows1252Char(code)
      } else out += text[i]
    }
    if (ok && out !== text) {
      return { ...identity(out), plan: [['encode', 'latin-1'], ['decode', 'windows-1252']] }
    }
  }

  // Remaining C1 controls, one by one, as Windows-1252 (what web browsers do).
  if (C1_CONTROL.test(text)) {
    let out = ''
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      out += code >= 0x80 && code <= 0x9f ? windows1252Char(code) : text[i]
    }
    if (out !== text) return { ...identity(out), plan: [['transcode', 'fix_c1_controls']] }
  }
  return null
}

/** The full loop: repeat single steps until nothing changes, composing the span maps. */
function fixMapped(text: string, encodings: readonly CharmapEncoding[]): Mapped & { plan: PlanStep[]; parts: PlanStep[][] } {
  let current = identity(text)
  const plan: PlanStep[] = []
  const parts: PlanStep[][] = []
  // Every step changes the text; the cap is a guard against pathological input only.
  for (let round = 0; round < 16; round++) {
    const step = fixOneStep(current.text, encodings)
    if (!step || step.text === current.text) break
    const start: number[] = new Array(step.text.length)
    const end: number[] = new Array(step.text.length)
    for (let k = 0; k < step.text.length; k++) {
      const s = step.start[k]!
      const e = step.end[k]!
      start[k] = current.start[s]!
      end[k] = e > s ? current.end[e - 1]! : current.start[s]!
    }
    current = { text: step.text, start, end }
    plan.push(...step.plan)
    if (step.parts) parts.push(...step.parts)
  }
  return { ...current, plan, parts }
}

const ENCODING_NAMES: Record<string, string> = {
  'latin-1': 'latin-1',
  'sloppy-windows-1252': 'windows-1252',
  'sloppy-windows-1251': 'windows-1251',
  'sloppy-windows-1250': 'windows-1250',
  'sloppy-windows-1253': 'windows-1253',
  'sloppy-windows-1254': 'windows-1254',
  'sloppy-windows-1257': 'windows-1257',
  'iso-8859-2': 'iso-8859-2',
  macroman: 'macroman',
  cp437: 'cp437',
  'utf-8': 'utf-8',
  'utf-8-variants': 'utf-8 (cesu-8)',
  'windows-1252': 'windows-1252',
}

/** Say a plan in words: "decoded windows-1252 as utf-8, twice". */
export function explainPlan(plan: readonly PlanStep[], parts: readonly (readonly PlanStep[])[] = []): string {
  const phrases: string[] = []
  let encoding = ''
  let extras: string[] = []
  for (const [op, arg] of plan) {
    if (op === 'encode') {
      encoding = arg
      extras = []
    } else if (op === 'transcode') {
      if (arg === 'restore_byte_a0') extras.push('no-break spaces restored')
      else if (arg === 'replace_lossy_sequences') extras.push('lost bytes as �')
      else phrases.push('C1 controls read as windows-1252')
    } else if (op === 'decode') {
      const phrase = `decoded ${ENCODING_NAMES[encoding] ?? encoding} as ${ENCODING_NAMES[arg] ?? arg}`
      phrases.push(extras.length > 0 ? `${phrase} (${extras.join(', ')})` : phrase)
    } else {
      const inner = parts.map((p) => explainPlan(p))
      const unique = [...new Set(inner)]
      phrases.push(unique.length > 0 ? `${unique.join('; ')} in part` : 'decoded embedded utf-8')
    }
  }
  // Collapse repeats: "decoded windows-1252 as utf-8, twice".
  const out: string[] = []
  for (let i = 0; i < phrases.length; ) {
    let j = i
    while (j < phrases.length && phrases[j] === phrases[i]) j++
    const times = j - i
    out.push(times === 1 ? phrases[i]! : `${phrases[i]}, ${times === 2 ? 'twice' : `${times} times`}`)
    i = j
  }
  return out.join(', then ')
}

const MOJIBAKE_DEFAULTS: MojibakeOptions = { encodings: CHARMAP_ENCODINGS }

/** Throws naming a bad value (the `mojibake` cleaner's check, and fixMojibake's). */
export function checkMojibakeOptions(options: MojibakeOptions): void {
  if (!Array.isArray(options.encodings)) {
    throw new TypeError(`Unexpected mojibake encodings '${String(options.encodings)}', expected an array of encoding names`)
  }
  for (const encoding of options.encodings) {
    if (!CHARMAP_ENCODINGS.includes(encoding)) {
      throw new RangeError(
        `Unexpected mojibake encoding '${String(encoding)}', expected one of ${CHARMAP_ENCODINGS.map((e) => `'${e}'`).join(', ')}`,
      )
    }
  }
}

function encodingsOf(name: string, options?: MojibakeOptions): readonly CharmapEncoding[] {
  const o = helperOptions(name, MOJIBAKE_DEFAULTS, options)
  checkMojibakeOptions(o)
  return o.encodings!
}

/**
 * Repair mojibake in `text`, or return null when there is none (the common case, decided cheaply).
 *
 * @example
 *   fixMojibake('The Mona Lisa doesnâ€™t have eyebrows.')
 *   // { text: 'The Mona Lisa doesn’t have eyebrows.', plan: [...], explanation: 'decoded windows-1252 as utf-8' }
 */
export function fixMojibake(text: string, options?: MojibakeOptions): MojibakeFix | null {
  const encodings = encodingsOf('fixMojibake', options)
  if (!hasMojibakeHint(text) || !isBad(text)) return null
  const result = fixMapped(text, encodings)
  if (result.text === text) return null
  return { text: result.text, plan: result.plan, explanation: explainPlan(result.plan, result.parts) }
}

/** Like `fixMojibake`, plus the repair as spans of the input (for messages and edits). */
export function repairMojibake(text: string, options?: MojibakeOptions): MojibakeRepair | null {
  return repairWith(text, encodingsOf('repairMojibake', options))
}

/** repairMojibake with checked encodings (the cleaner's per-line call: no option check per line). */
export function repairWith(text: string, encodings: readonly CharmapEncoding[]): MojibakeRepair | null {
  if (!hasMojibakeHint(text) || !isBad(text)) return null
  const result = fixMapped(text, encodings)
  if (result.text === text) return null
  return {
    text: result.text,
    plan: result.plan,
    explanation: explainPlan(result.plan, result.parts),
    changes: spansOf(text, result),
  }
}

/**
 * Turn a mapped result into the smallest non-overlapping spans of the input that changed: output
 * units that come from exactly one identical input unit are unchanged; runs of anything else
 * become one change.
 */
function spansOf(source: string, mapped: Mapped): MojibakeChange[] {
  const changes: MojibakeChange[] = []
  let pos = 0
  let open = -1
  let openEnd = 0
  let expected = ''
  const flush = (): void => {
    if (open < 0) return
    changes.push({ start: open, end: openEnd, actual: source.slice(open, openEnd), expected })
    pos = openEnd
    open = -1
    expected = ''
  }
  for (let k = 0; k < mapped.text.length; k++) {
    const s = mapped.start[k]!
    const e = mapped.end[k]!
    const same = e === s + 1 && source.charCodeAt(s) === mapped.text.charCodeAt(k)
    if (same && s === (open >= 0 ? openEnd : pos)) {
      flush()
      pos = e
      continue
    }
    if (open < 0) {
      open = pos
      openEnd = pos
    }
    openEnd = Math.max(openEnd, e)
    expected += mapped.text[k]
  }
  if (open >= 0) {
    // Source characters after the last output unit were consumed by the open change.
    openEnd = Math.max(openEnd, source.length)
    flush()
  } else if (pos < source.length) {
    changes.push({ start: pos, end: source.length, actual: source.slice(pos), expected: '' })
  }
  return changes
}
