/**
 * The report formatters of the CLI (--diff, --explain) against the plain versions they replaced:
 * the same text on generated input, without their quadratic cases (the ids of the cleaners on a
 * removed line asked of every message, added lines squashed for every removed line, a line's
 * width measured again for every character, Myers' trace kept for any number of edits).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { clip, colors, diffLines, DIFF_MAX_EDITS, formatDiff, width, type Colors } from '../../src/cli/report.js'
import type { CleanMessage } from '../../src/types.js'

// ---- the previous implementations, verbatim (reference) ----
interface SrcLine { line: number; text: string }
function nonBlankLines(text: string): SrcLine[] {
  const out: SrcLine[] = []
  text.split(/\r\n|\n|\r/).forEach((t, i) => { if (t.trim() !== '') out.push({ line: i + 1, text: t }) })
  return out
}

function refDiffLines(a: readonly string[], b: readonly string[]): Array<['=', number, number] | ['-', number] | ['+', number]> {
  const N = a.length
  const M = b.length
  const max = N + M
  const off = max + 1 // index of diagonal 0; one spare cell on each side
  const v = new Int32Array(2 * max + 3)
  const trace: Int32Array[] = []
  let done = false
  for (let d = 0; d <= max && !done; d++) {
    // Only the diagonals -d-1..d+1 can be read when backtracking from step d: keep that window.
    trace.push(v.slice(off - d - 1, off + d + 2))
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[off + k - 1]! < v[off + k + 1]!) ? v[off + k + 1]! : v[off + k - 1]! + 1
      let y = x - k
      while (x < N && y < M && a[x] === b[y]) { x++; y++ }
      v[off + k] = x
      if (x >= N && y >= M) { done = true; break }
    }
  }
  // Backtrack.
  const ops: Array<['=', number, number] | ['-', number] | ['+', number]> = []
  let x = N
  let y = M
  for (let d = trace.length - 1; d >= 0; d--) {
    const w = trace[d]!
    const at = (kk: number) => w[kk + d + 1]!
    const k = x - y
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1
    const prevX = at(prevK)
    const prevY = prevX - prevK
    while (x > prevX && y > prevY) { x--; y--; ops.push(['=', x, y]) }
    if (d === 0) break
    if (x === prevX) { y--; ops.push(['+', y]) } else { x--; ops.push(['-', x]) }
  }
  while (x > 0 && y > 0) { x--; y--; ops.push(['=', x, y]) }
  return ops.reverse()
}

const squash = (s: string) => s.replace(/[\s\u00a0\u200b]+/g, ' ').trim()

function idsOnLine(messages: readonly CleanMessage[], line: number): string[] {
  const ids = new Set<string>()
  for (const m of messages) {
    if (m.kind === 'document') continue
    if (m.place.start.line <= line && line <= m.place.end.line) ids.add(m.ruleId)
  }
  return [...ids]
}

function refFormatDiff(name: string, input: string, output: string, messages: readonly CleanMessage[], c: Colors): string {
  const a = nonBlankLines(input)
  const b = nonBlankLines(output)
  const ops = refDiffLines(a.map((l) => l.text), b.map((l) => l.text))
  const out = [c.bold(`--- ${name}`), c.bold(`+++ ${name} (cleaned)`)]
  const removed = (i: number) => {
    const l = a[i]!
    const ids = idsOnLine(messages, l.line)
    out.push(c.red(`- ${l.text}`) + (ids.length ? '  ' + c.dim(`[${ids.join(', ')}]`) : ''))
  }
  const added = (j: number) => out.push(c.green(`+ ${b[j]!.text}`))
  for (let k = 0; k < ops.length;) {
    const op = ops[k]!
    if (op[0] === '=') { out.push('  ' + a[op[1]]!.text); k++; continue }
    // A run of changes: show a rewritten line right above its new version.
    const dels: number[] = []
    const adds: number[] = []
    for (; k < ops.length && ops[k]![0] !== '='; k++) {
      const o = ops[k]!
      if (o[0] === '-') dels.push(o[1]); else adds.push(o[1])
    }
    const free = new Set(adds)
    for (const i of dels) {
      removed(i)
      const key = squash(a[i]!.text)
      for (const j of free) {
        if (squash(b[j]!.text) === key || free.size === 1 && dels.length === 1) { added(j); free.delete(j); break }
      }
    }
    for (const j of free) added(j)
  }
  for (const m of messages) if (m.kind === 'document') out.push(c.yellow(`! ${m.reason}`) + '  ' + c.dim(`[${m.ruleId}]`))
  return out.join('\n')
}

function refClip(s: string, max: number): string {
  if (max <= 1 || width(s) <= max) return s
  let out = ''
  for (const ch of s) {
    if (width(out + ch) >= max) break
    out += ch
  }
  return out + '…'
}

// ---- end of the reference ----

const LINE = fc.constantFrom('alpha', 'beta', 'gamma  delta', 'gamma delta', ' gamma delta ', 'eps', '', '   ', 'zeta\u00a0eta', 'zeta eta')
const RULES = ['a-rule', 'b-rule', 'c-rule']

/** An input, an output made from it by removals, rewrites and insertions, and messages on its lines. */
const docs = fc.tuple(
  fc.array(LINE, { maxLength: 24 }),
  fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 24 }),
  fc.array(LINE, { maxLength: 6 }),
  fc.array(fc.tuple(fc.integer({ min: 1, max: 26 }), fc.integer({ min: 0, max: 3 }), fc.constantFrom(...RULES), fc.constantFrom('remove', 'rewrite', 'document')), { maxLength: 12 }),
).map(([input, edits, extra, ms]) => {
  const out: string[] = []
  input.forEach((l, i) => {
    const e = edits[i] ?? 0
    if (e === 1) return // removed
    if (e === 2) out.push(l.replace(/\s+/g, ' ')) // rewritten
    else if (e === 3 && extra.length) out.push(extra[i % extra.length]!) // replaced
    else out.push(l)
  })
  const messages = ms.map(([line, span, ruleId, kind]) => ({
    ruleId, source: 'unscrape', reason: 'r', actual: '', kind,
    place: { start: { line, column: 1, offset: 0 }, end: { line: line + span, column: 1, offset: 0 } },
  }) as CleanMessage)
  return { input: input.join('\n'), output: out.join('\n'), messages }
})

describe('formatDiff', () => {
  it('prints what the previous implementation printed', () => {
    for (const c of [colors(false), colors(true)] as Colors[]) {
      fc.assert(fc.property(docs, ({ input, output, messages }) => {
        expect(formatDiff('x', input, output, messages, c)).toBe(refFormatDiff('x', input, output, messages, c))
      }), { numRuns: 1500 })
    }
  })

  it('names the cleaners of messages with any span, as the previous implementation did', () => {
    const at = (start: number, end: number, ruleId: string): CleanMessage =>
      ({ ruleId, source: 'unscrape', reason: 'r', actual: '', kind: 'remove', place: { start: { line: start, column: 1, offset: 0 }, end: { line: end, column: 1, offset: 0 } } }) as CleanMessage
    const messages = [at(0.5, 1.5, 'half'), at(2, Infinity, 'to-the-end'), at(3, 1, 'backwards'), at(-Infinity, 2, 'from-the-start')]
    const input = 'a\nb\nc\nd'
    const text = formatDiff('x', input, 'c', messages, colors(false))
    expect(text).toBe(refFormatDiff('x', input, 'c', messages, colors(false)))
    expect(text).toContain('- a  [half, from-the-start]')
    expect(text).toContain('- d  [to-the-end]')
  })

  it('says when the diff is not the shortest, past DIFF_MAX_EDITS changed lines', () => {
    const input = Array.from({ length: DIFF_MAX_EDITS + 10 }, (_, i) => `line ${i}`).join('\n')
    const text = formatDiff('x', input, 'line 5', [], colors(false))
    expect(text).toMatch(/more than 2,000 lines differ/)
    expect(text.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(DIFF_MAX_EDITS + 9)
    expect(text).toContain('\n  line 5\n')
    expect(formatDiff('x', 'a\nb', 'b', [], colors(false))).not.toMatch(/lines differ/)
  })
})

describe('diffLines', () => {
  const arr = fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 30 })
  const replay = (a: readonly string[], b: readonly string[], ops: ReturnType<typeof diffLines>) => {
    const left: string[] = []
    const right: string[] = []
    for (const op of ops) {
      if (op[0] === '=') { expect(a[op[1]]).toBe(b[op[2]]); left.push(a[op[1]]!); right.push(b[op[2]]!) } else if (op[0] === '-') left.push(a[op[1]]!); else right.push(b[op[1]]!)
    }
    expect(left).toEqual(a)
    expect(right).toEqual(b)
  }

  it('is the previous Myers script up to DIFF_MAX_EDITS edits', () => {
    fc.assert(fc.property(arr, arr, (a, b) => {
      const ops = diffLines(a, b)
      expect(ops.greedy).toBeUndefined()
      expect(ops).toEqual(refDiffLines(a, b))
    }), { numRuns: 1000 })
  })

  it('past the bound, a greedy script that still turns a into b', () => {
    fc.assert(fc.property(arr, arr, fc.integer({ min: 0, max: 6 }), (a, b, maxEdits) => {
      const ops = diffLines(a, b, maxEdits)
      const shortest = refDiffLines(a, b).filter((o) => o[0] !== '=').length
      expect(ops.greedy === true).toBe(shortest > maxEdits)
      replay(a, b, ops)
    }), { numRuns: 1000 })
  })

  it('keeps a subsequence whole: every output line is matched, every other input line removed', () => {
    const a = Array.from({ length: 20_000 }, (_, i) => `line ${i % 50}`)
    const b = a.filter((_, i) => i % 7 === 0)
    const ops = diffLines(a, b)
    expect(ops.greedy).toBe(true)
    replay(a, b, ops)
    expect(ops.filter((o) => o[0] === '=')).toHaveLength(b.length)
  })
})

describe('clip', () => {
  const CH = fc.constantFrom('x', 'y', ' ', '\u001B', '[', '0', '3', ';', 'm', '\u0301', '\u200b', '中', '😀', '…')
  it('cuts where the previous implementation cut', () => {
    fc.assert(fc.property(fc.array(CH, { maxLength: 40 }), fc.integer({ min: 0, max: 24 }), (chars, max) => {
      const s = chars.join('')
      expect(clip(s, max)).toBe(refClip(s, max))
    }), { numRuns: 5000 })
  })

  it('keeps colour sequences out of the width', () => {
    const red = '\u001B[31mred\u001B[39m'
    expect(clip(red + ' and more text', 8)).toBe('\u001B[31mred\u001B[39m and…')
    expect(width(clip('\u0301'.repeat(5000) + 'x'.repeat(200), 20))).toBe(20)
  })
})
