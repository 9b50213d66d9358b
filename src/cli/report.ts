/**
 * Human-readable output on the terminal: messages in the layout of vfile-reporter (without
 * depending on it), the --stats table, --diff and --explain.
 */
import type { CleanMessage, Position } from '../types.js'
import type { StatsTotals } from './process.js'

export interface Colors {
  enabled: boolean
  bold(s: string): string
  dim(s: string): string
  red(s: string): string
  green(s: string): string
  yellow(s: string): string
  cyan(s: string): string
  underline(s: string): string
}

export function colors(enabled: boolean): Colors {
  const wrap = (open: string, close: string) => (s: string) => (enabled ? open + s + close : s)
  return {
    enabled,
    bold: wrap('\u001B[1m', '\u001B[22m'),
    dim: wrap('\u001B[2m', '\u001B[22m'),
    red: wrap('\u001B[31m', '\u001B[39m'),
    green: wrap('\u001B[32m', '\u001B[39m'),
    yellow: wrap('\u001B[33m', '\u001B[39m'),
    cyan: wrap('\u001B[36m', '\u001B[39m'),
    underline: wrap('\u001B[4m', '\u001B[24m'),
  }
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001B\[[0-9;]*m/g
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{1F300}-\u{1F64F}\u{1F900}-\u{1F9FF}\u{20000}-\u{3FFFD}]/u
const ZERO = /[\p{M}\u200B-\u200F\uFEFF]/u
/** A character of the parameters of a colour sequence (between `ESC[` and `m`). */
const ANSI_PARAM = /^[0-9;]$/

/** Display width in a terminal (approximate: wide East Asian characters count 2, marks 0). */
export function width(s: string): number {
  let w = 0
  for (const ch of s.replace(ANSI, '')) w += ZERO.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1
  return w
}

export function stringifyPosition(p: Position): string {
  return `${p.start.line}:${p.start.column}-${p.end.line}:${p.end.column}`
}

/** Backtick code in a reason in cyan, the reason in bold (as vfile-reporter does). */
function formatReason(reason: string, c: Colors): string {
  if (!c.enabled) return reason
  return c.bold(reason.replace(/(`+)([^`]*?)\1/g, (m) => c.cyan(m)))
}

function serialize(rows: Array<string | string[]>): string {
  const sizes: number[] = []
  for (const row of rows) {
    if (typeof row === 'string') continue
    row.forEach((cell, i) => { sizes[i] = Math.max(sizes[i] ?? 0, width(cell)) })
  }
  return rows
    .map((row) => {
      if (typeof row === 'string') return row.trimEnd()
      return row.map((cell, i) => cell + ' '.repeat((sizes[i] ?? 0) + 1 - width(cell))).join('').trimEnd()
    })
    .join('\n')
}

/** The order of vfile-sort: line, column, source, rule id, reason. */
function sortForReport(messages: readonly CleanMessage[]): CleanMessage[] {
  return [...messages].sort((a, b) =>
    a.place.start.line - b.place.start.line ||
    a.place.start.column - b.place.start.column ||
    a.source.localeCompare(b.source) ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.reason.localeCompare(b.reason))
}

/**
 * One file's block in vfile-reporter layout:
 *   name
 *   3:1-3:2  warning  Unexpected …, expected article text  counter  unscrape
 * or `name: no issues found`.
 */
export function formatFile(name: string, messages: readonly CleanMessage[], c: Colors): string {
  const rows: Array<string | string[]> = []
  if (!messages.length) return `${name}: no issues found`
  rows.push(c.underline(c.yellow(name)))
  for (const m of sortForReport(messages)) {
    rows.push([stringifyPosition(m.place), c.yellow('warning'), formatReason(m.reason, c), m.ruleId, m.source])
    if (m.cause) rows.push('  ' + c.bold('[cause]') + ':', `    ${stringifyPosition(m.cause.place)}  ${m.cause.reason}`)
  }
  return serialize(rows)
}

/** The closing line: `⚠ 3 warnings`. */
export function byline(count: number, c: Colors): string {
  return `${c.yellow('⚠')} ${count} warning${count === 1 ? '' : 's'}`
}

const n = (x: number) => x.toLocaleString('en-US')

/** --stats: one row per cleaner, then totals. */
export function formatStats(t: StatsTotals, c: Colors): string {
  const ids = Object.keys(t.cleaners).sort((a, b) => t.cleaners[b]!.chars - t.cleaners[a]!.chars || (a < b ? -1 : 1))
  const head = ['cleaner', 'documents', 'lines removed', 'chars removed', 'rewrites']
  const rows = ids.map((id) => {
    const s = t.cleaners[id]!
    return [id, n(s.docs), n(s.lines), n(s.chars), n(s.rewrites)]
  })
  const total = ids.reduce((a, id) => {
    const s = t.cleaners[id]!
    return { lines: a.lines + s.lines, chars: a.chars + s.chars, rewrites: a.rewrites + s.rewrites }
  }, { lines: 0, chars: 0, rewrites: 0 })
  const touched = '' // documents touched by any cleaner are not additive; the total row counts documents cleaned
  rows.push([`all (${n(t.docs)} documents)`, touched, n(total.lines), n(total.chars), n(total.rewrites)])
  const all = [head, ...rows]
  const w = head.map((_, i) => Math.max(...all.map((r) => width(r[i]!))))
  const line = (r: string[]) => r.map((cell, i) => (i === 0 ? cell.padEnd(w[i]!) : cell.padStart(w[i]!))).join('  ')
  const removed = t.inputChars ? ((t.inputChars - t.outputChars) / t.inputChars) * 100 : 0
  return [
    c.bold(line(head)),
    ...rows.slice(0, -1).map(line),
    c.dim('-'.repeat(w.reduce((a, b) => a + b + 2, -2))),
    line(rows[rows.length - 1]!),
    `${n(t.inputChars)} characters in, ${n(t.outputChars)} out (${removed.toFixed(1)}% removed)`,
  ].join('\n')
}

interface SrcLine { line: number; text: string }

function nonBlankLines(text: string): SrcLine[] {
  const out: SrcLine[] = []
  text.split(/\r\n|\n|\r/).forEach((t, i) => { if (t.trim() !== '') out.push({ line: i + 1, text: t }) })
  return out
}

type DiffOp = ['=', number, number] | ['-', number] | ['+', number]

/**
 * Edit distance above which diffLines stops looking for the shortest edit script. Myers' search
 * takes time O((N+M)·D) and its trace memory O(D²): a document whose 64,000 lines were all removed
 * took 74 s and 16 GB. At this bound the trace holds about 16 MB.
 */
export const DIFF_MAX_EDITS = 2000

/**
 * Myers diff of two string arrays: a list of ['=', i, j] | ['-', i] | ['+', j], a shortest edit
 * script. Past DIFF_MAX_EDITS edits, a greedy script in linear time instead (each line of `b` is
 * matched to the next equal line of `a`; the lines skipped in `a` are removed): not the shortest
 * in general, but for a cleaner's output, whose lines are mostly lines of its input in order,
 * nearly always the same. `greedy` says which was returned.
 */
export function diffLines(a: readonly string[], b: readonly string[], maxEdits = DIFF_MAX_EDITS): DiffOp[] & { greedy?: true } {
  const N = a.length
  const M = b.length
  const max = Math.min(N + M, maxEdits)
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
  if (!done) return greedyDiff(a, b)
  // Backtrack.
  const ops: DiffOp[] = []
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

/** The greedy edit script of diffLines, in time O(N + M). */
function greedyDiff(a: readonly string[], b: readonly string[]): DiffOp[] & { greedy: true } {
  // the lines of `a` with each text, ascending, and the first of them not yet behind
  const where = new Map<string, { at: number[]; next: number }>()
  for (let i = 0; i < a.length; i++) {
    const list = where.get(a[i]!)
    if (list) list.at.push(i); else where.set(a[i]!, { at: [i], next: 0 })
  }
  const ops: DiffOp[] = []
  let i = 0
  for (let j = 0; j < b.length; j++) {
    const list = where.get(b[j]!)
    if (list) while (list.next < list.at.length && list.at[list.next]! < i) list.next++
    if (!list || list.next >= list.at.length) { ops.push(['+', j]); continue }
    const p = list.at[list.next++]!
    while (i < p) ops.push(['-', i++])
    ops.push(['=', i++, j])
  }
  while (i < a.length) ops.push(['-', i++])
  return Object.assign(ops, { greedy: true as const })
}

/** Text with white space runs (any kind) collapsed, for pairing a rewritten line with its new version. */
const squash = (s: string) => s.replace(/[\s\u00a0\u200b]+/g, ' ').trim()

/**
 * The ids of the cleaners whose messages cover each of the given lines, in the order of the
 * messages (built once for a document: asking the messages line by line was O(lines × messages));
 * each message visits only the given lines inside its span, found by binary search.
 */
function idsByLine(messages: readonly CleanMessage[], lines: ReadonlySet<number>): Map<number, string[]> {
  const sorted = [...lines].sort((x, y) => x - y)
  const sets = new Map<number, Set<string>>()
  for (const m of messages) {
    if (m.kind === 'document') continue
    const { start, end } = m.place
    let lo = 0
    let hi = sorted.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (sorted[mid]! < start.line) lo = mid + 1; else hi = mid
    }
    for (let k = lo; k < sorted.length && sorted[k]! <= end.line; k++) {
      const ids = sets.get(sorted[k]!)
      if (ids) ids.add(m.ruleId); else sets.set(sorted[k]!, new Set([m.ruleId]))
    }
  }
  return new Map([...sets].map(([l, ids]) => [l, [...ids]]))
}

/**
 * --diff: the non-blank lines of input and output (layout changes such as blank lines are not
 * shown), removed lines in red with the ids of the cleaners that touched them, added or rewritten
 * lines in green.
 */
export function formatDiff(name: string, input: string, output: string, messages: readonly CleanMessage[], c: Colors): string {
  const a = nonBlankLines(input)
  const b = nonBlankLines(output)
  const ops = diffLines(a.map((l) => l.text), b.map((l) => l.text))
  const out = [c.bold(`--- ${name}`), c.bold(`+++ ${name} (cleaned)`)]
  if (ops.greedy) out.push(c.dim(`(more than ${DIFF_MAX_EDITS.toLocaleString('en-US')} lines differ: each output line is paired with the next equal input line, which may not be the shortest diff)`))
  const removedLines = new Set<number>()
  for (const op of ops) if (op[0] === '-') removedLines.add(a[op[1]]!.line)
  const idsOn = idsByLine(messages, removedLines)
  const removed = (i: number) => {
    const l = a[i]!
    const ids = idsOn.get(l.line) ?? []
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
    // a lone removed line and a lone added line are a rewrite; otherwise a removed line is paired
    // with the first unpaired added line equal to it up to white space
    if (dels.length === 1 && adds.length === 1) { removed(dels[0]!); added(adds[0]!); continue }
    // positions in `adds` of each squashed text, ascending, and how many of them are paired
    const byText = new Map<string, { at: number[]; next: number }>()
    adds.forEach((j, t) => {
      const key = squash(b[j]!.text)
      const list = byText.get(key)
      if (list) list.at.push(t); else byText.set(key, { at: [t], next: 0 })
    })
    const used = new Uint8Array(adds.length)
    for (const i of dels) {
      removed(i)
      const list = byText.get(squash(a[i]!.text))
      if (!list || list.next >= list.at.length) continue
      const t = list.at[list.next++]!
      used[t] = 1
      added(adds[t]!)
    }
    adds.forEach((j, t) => { if (!used[t]) added(j) })
  }
  for (const m of messages) if (m.kind === 'document') out.push(c.yellow(`! ${m.reason}`) + '  ' + c.dim(`[${m.ruleId}]`))
  return out.join('\n')
}

/**
 * A line cut to fewer than `max` columns, with an ellipsis. The width is kept as the characters
 * are added (measuring the whole prefix again for each one was quadratic on a long line of
 * zero-width characters): an ANSI colour sequence counts its characters until its final `m`
 * arrives, then none of them, as width() counts them on the prefix. (One difference, out of reach
 * of decoded text: a lone high surrogate, a colour sequence and a lone low surrogate count 2 here,
 * and 1 in width(), which joins the halves once the sequence is stripped.)
 */
export function clip(s: string, max: number): string {
  if (max <= 1 || width(s) <= max) return s
  let w = 0
  let end = 0
  let seq = 0 // characters of the colour sequence open at the end of the prefix (0: none)
  let digits = false // the open sequence has its '[' (it is in its digits)
  for (const ch of s) {
    let add = ZERO.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1
    let open = seq
    let inDigits: boolean = digits
    if (open && inDigits && ch === 'm') { add = -open; open = 0; inDigits = false } // complete: it was never text
    else if (open && !inDigits && ch === '[') { open++; inDigits = true }
    else if (open && inDigits && ANSI_PARAM.test(ch)) open++
    else if (ch === '\u001B') { open = 1; inDigits = false }
    else { open = 0; inDigits = false }
    if (w + add >= max) break
    w += add
    seq = open
    digits = inDigits
    end += ch.length
  }
  return s.slice(0, end) + '…'
}

/** --explain: every line of the input with its number, and each message under the line it is about. */
export function formatExplain(name: string, input: string, messages: readonly CleanMessage[], c: Colors, columns = 100): string {
  const byLine = new Map<number, CleanMessage[]>()
  const docNotes: CleanMessage[] = []
  for (const m of messages) {
    if (m.kind === 'document') { docNotes.push(m); continue }
    const list = byLine.get(m.place.start.line) ?? []
    list.push(m)
    byLine.set(m.place.start.line, list)
  }
  const lines = input.split(/\r\n|\n|\r/)
  const numWidth = String(lines.length).length
  const out = [c.bold(name)]
  lines.forEach((text, i) => {
    const no = i + 1
    const ms = byLine.get(no) ?? []
    const removed = ms.some((m) => m.kind === 'remove')
    const mark = removed ? c.red('✗') : ms.length ? c.yellow('~') : ' '
    const body = clip(text, columns - numWidth - 4)
    out.push(`${c.dim(String(no).padStart(numWidth))} ${mark} ${removed ? c.red(body) : body}`)
    for (const m of ms) {
      out.push(`${' '.repeat(numWidth)}   ${c.dim('└')} ${c.cyan(m.ruleId)}  ${m.reason}` +
        (m.cause ? c.dim(` (${m.cause.reason})`) : ''))
    }
  })
  for (const m of docNotes) out.push(`${' '.repeat(numWidth)} ${c.yellow('!')} ${c.cyan(m.ruleId)}  ${m.reason}`)
  return out.join('\n')
}
