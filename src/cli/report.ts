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

/** Myers diff of two string arrays: a list of ['=', i, j] | ['-', i] | ['+', j]. */
export function diffLines(a: readonly string[], b: readonly string[]): Array<['=', number, number] | ['-', number] | ['+', number]> {
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

/** Text with white space runs (any kind) collapsed, for pairing a rewritten line with its new version. */
const squash = (s: string) => s.replace(/[\s\u00a0\u200b]+/g, ' ').trim()

function idsOnLine(messages: readonly CleanMessage[], line: number): string[] {
  const ids = new Set<string>()
  for (const m of messages) {
    if (m.kind === 'document') continue
    if (m.place.start.line <= line && line <= m.place.end.line) ids.add(m.ruleId)
  }
  return [...ids]
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

function clip(s: string, max: number): string {
  if (max <= 1 || width(s) <= max) return s
  let out = ''
  for (const ch of s) {
    if (width(out + ch) >= max) break
    out += ch
  }
  return out + '…'
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
