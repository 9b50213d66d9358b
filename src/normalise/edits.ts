import type { Edit } from '../types.js'

/**
 * The options of a helper function (fixBullets, cleanUnicode, …) merged over its defaults, after
 * checking that they are an object of known keys; the helper's own check judges the values. Bad
 * options throw, as they do when given to the cleaner.
 */
export function helperOptions<T extends object>(name: string, defaults: T, given: unknown): T {
  if (given === undefined) return defaults
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    throw new TypeError(`Unexpected options ${given === null ? 'null' : Array.isArray(given) ? 'array' : typeof given} for ${name}, expected an object`)
  }
  const out = { ...defaults } as Record<string, unknown>
  for (const [k, v] of Object.entries(given)) {
    if (!Object.hasOwn(defaults, k)) throw new RangeError(`Unexpected option '${k}' for ${name}, expected one of ${Object.keys(defaults).map((x) => `'${x}'`).join(', ')}`)
    if (v !== undefined) out[k] = v // an option left undefined keeps its default
  }
  return out as T
}

/**
 * Apply sorted, non-overlapping edits to `text`. The pure functions of `normalise/` build edits
 * first (so cleaners can report them) and use this to produce their string result.
 */
export function applyEdits(text: string, edits: readonly Edit[] | null): string {
  if (!edits || edits.length === 0) return text
  let out = ''
  let pos = 0
  for (const edit of edits) {
    out += text.slice(pos, edit.start) + edit.text
    pos = edit.end
  }
  return out + text.slice(pos)
}

/**
 * Compose edits made on the result of `edits` (`later`, in the coordinates of the edited text)
 * into edits on the original text. A later edit that touches the replacement of an earlier one
 * absorbs it, so the result stays sorted and non-overlapping.
 */
export function composeEdits(original: string, edits: readonly Edit[], later: readonly Edit[]): Edit[] {
  // The edited text as pieces: unchanged runs of the original, and replacements of earlier edits.
  interface Piece {
    cs: number
    ce: number
    os: number
    oe: number
    edit: number
  }
  const pieces: Piece[] = []
  let cur = 0
  let pos = 0
  edits.forEach((edit, index) => {
    if (edit.start > pos) pieces.push({ cs: cur, ce: (cur += edit.start - pos), os: pos, oe: edit.start, edit: -1 })
    pieces.push({ cs: cur, ce: (cur += edit.text.length), os: edit.start, oe: edit.end, edit: index })
    pos = edit.end
  })
  if (pos < original.length) pieces.push({ cs: cur, ce: cur + original.length - pos, os: pos, oe: original.length, edit: -1 })
  const current = applyEdits(original, edits)

  // Lookups by binary search, so composing stays O((n + m) log n) on long lines.
  const solid = pieces.filter((p) => p.ce > p.cs)
  /** Index of the first solid piece whose end is past `at` (or reaches it, when `reach`). */
  const search = (at: number, reach: boolean): number => {
    let lo = 0
    let hi = solid.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      const end = solid[mid]!.ce
      if (reach ? end >= at : end > at) hi = mid
      else lo = mid + 1
    }
    return lo
  }
  const pieceAt = (at: number, leftInclusive: boolean): Piece | undefined => {
    const p = solid[search(at, !leftInclusive)]
    if (!p) return undefined
    return leftInclusive ? (at >= p.cs && at < p.ce ? p : undefined) : at > p.cs && at <= p.ce ? p : undefined
  }
  /** Index in `pieces` of the first piece that starts at or after `at`. */
  const firstFrom = (at: number): number => {
    let lo = 0
    let hi = pieces.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (pieces[mid]!.cs >= at) hi = mid
      else lo = mid + 1
    }
    return lo
  }

  interface Group {
    c0: number
    c1: number
    o0: number
    o1: number
    text: string
    at: number
    reasons: string[]
  }
  const groups: Group[] = []
  for (const edit of later) {
    let c0: number
    let c1: number
    let o0: number
    let o1: number
    if (edit.end === edit.start) {
      // An insertion: it joins any replacement it touches, so that the order of the two is kept.
      const touched = [pieceAt(edit.start, false), pieceAt(edit.start, true)].filter(
        (p, i, all): p is Piece => p !== undefined && p.edit >= 0 && all.indexOf(p) === i,
      )
      if (touched.length > 0) {
        c0 = touched[0]!.cs
        c1 = touched[touched.length - 1]!.ce
        o0 = touched[0]!.os
        o1 = touched[touched.length - 1]!.oe
      } else {
        const piece = pieceAt(edit.start, true)
        c0 = c1 = edit.start
        o0 = o1 = piece ? piece.os + (edit.start - piece.cs) : original.length
      }
    } else {
      const first = pieceAt(edit.start, true)!
      const last = pieceAt(edit.end, false)!
      if (first.edit >= 0) {
        c0 = first.cs
        o0 = first.os
      } else {
        c0 = edit.start
        o0 = first.os + (edit.start - first.cs)
      }
      if (last.edit >= 0) {
        c1 = last.ce
        o1 = last.oe
      } else {
        c1 = edit.end
        o1 = last.os + (edit.end - last.cs)
      }
    }
    const group = groups[groups.length - 1]
    if (group && c0 < group.c1) {
      group.text += current.slice(group.at, edit.start) + edit.text
      group.at = edit.end
      group.c1 = Math.max(group.c1, c1)
      group.o1 = Math.max(group.o1, o1)
      if (edit.reason) group.reasons.push(edit.reason)
    } else {
      groups.push({ c0, c1, o0, o1, text: current.slice(c0, edit.start) + edit.text, at: edit.end, reasons: edit.reason ? [edit.reason] : [] })
    }
  }

  const absorbed = new Set<number>()
  const merged: Edit[] = groups.map((group) => {
    const reasons: string[] = []
    for (let k = firstFrom(group.c0); k < pieces.length && pieces[k]!.cs <= group.c1; k++) {
      const piece = pieces[k]!
      if (piece.edit < 0) continue
      const inside =
        piece.ce > piece.cs ? piece.cs >= group.c0 && piece.ce <= group.c1 : piece.cs > group.c0 && piece.cs < group.c1
      if (inside) {
        absorbed.add(piece.edit)
        const reason = edits[piece.edit]!.reason
        if (reason) reasons.push(reason)
      }
    }
    reasons.push(...group.reasons)
    const edit: Edit = { start: group.o0, end: group.o1, text: group.text + current.slice(group.at, group.c1) }
    if (reasons.length > 0) edit.reason = [...new Set(reasons)].join('; ')
    return edit
  })
  return [...edits.filter((_, k) => !absorbed.has(k)), ...merged].sort((a, b) => a.start - b.start || a.end - b.end)
}

/**
 * Run `step` until it proposes nothing more (at most `rounds` times) and return the combined edits
 * on the original text, so a cleaner is idempotent even when one repair uncovers another.
 */
export function fixpointEdits(text: string, step: (text: string) => Edit[] | null, rounds = 8): Edit[] | null {
  let edits = step(text)
  if (!edits || edits.length === 0) return null
  let current = applyEdits(text, edits)
  for (let round = 1; round < rounds; round++) {
    const later = step(current)
    if (!later || later.length === 0) break
    edits = composeEdits(text, edits, later)
    current = applyEdits(current, later)
  }
  return edits
}
