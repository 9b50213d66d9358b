/**
 * Splice a value into a JSON text without re-serialising the rest of it.
 *
 * Records are validated with JSON.parse, then the span of the cleaned field is located in the
 * original text and only that span is replaced. Every other byte of the record stays as it was:
 * big integers (ids beyond 2^53), number spellings (`1.0`, `1e5`), `\u00e9` escapes, key order,
 * duplicate keys and white space all survive a pass through the CLI.
 *
 * The scanner assumes valid JSON (callers run JSON.parse first).
 */

export type PathSegment = string

/** `meta.body` → ['meta', 'body']; `pages.0.text` reaches into arrays by index. */
export function parsePath(path: string): PathSegment[] {
  if (typeof path !== 'string' || path === '') throw new RangeError(`Unexpected empty field path, expected a name such as 'text' or 'meta.body'`)
  const segs = path.split('.')
  if (segs.some((s) => s === '')) throw new RangeError(`Unexpected field path '${path}', expected names separated by single dots`)
  return segs
}

/** Walk parsed JSON along `path`; `undefined` when a step is missing. */
export function getPath(value: unknown, path: readonly PathSegment[]): unknown {
  let v = value
  for (const seg of path) {
    if (Array.isArray(v)) {
      if (!/^(?:0|[1-9]\d*)$/.test(seg)) return undefined
      v = v[Number(seg)]
    } else if (v !== null && typeof v === 'object') {
      if (!Object.prototype.hasOwnProperty.call(v, seg)) return undefined
      v = (v as Record<string, unknown>)[seg]
    } else return undefined
  }
  return v
}

const WS = (c: number) => c === 32 || c === 9 || c === 10 || c === 13

function skipWs(s: string, i: number): number {
  while (i < s.length && WS(s.charCodeAt(i))) i++
  return i
}

/** `s[i]` is `"`; returns the index just past the closing quote. */
function skipString(s: string, i: number): number {
  let from = i + 1
  for (;;) {
    const q = s.indexOf('"', from)
    if (q === -1) return s.length
    let b = q - 1
    let n = 0
    while (s.charCodeAt(b) === 92) { n++; b-- }
    if (n % 2 === 0) return q + 1
    from = q + 1
  }
}

const STRUCT = /["[\]{}]/g

/** Index just past the value starting at `i`. */
function skipValue(s: string, i: number): number {
  const c = s.charCodeAt(i)
  if (c === 34) return skipString(s, i)
  if (c === 123 || c === 91) {
    let depth = 0
    STRUCT.lastIndex = i
    for (;;) {
      const m = STRUCT.exec(s)
      if (!m) return s.length
      const ch = s.charCodeAt(m.index)
      if (ch === 34) { STRUCT.lastIndex = skipString(s, m.index); continue }
      if (ch === 123 || ch === 91) depth++
      else if (--depth === 0) return m.index + 1
    }
  }
  // number, true, false, null
  let j = i
  while (j < s.length) {
    const ch = s.charCodeAt(j)
    if (ch === 44 || ch === 125 || ch === 93 || WS(ch)) break
    j++
  }
  return j
}

function readKey(s: string, start: number, end: number): string {
  const raw = s.slice(start + 1, end - 1)
  return raw.includes('\\') ? (JSON.parse(s.slice(start, end)) as string) : raw
}

/** Span of the member `key` of the object starting at `i` (the last one when keys repeat). */
function memberSpan(s: string, i: number, key: string): [number, number] | null {
  let found: [number, number] | null = null
  i = skipWs(s, i + 1)
  while (i < s.length && s.charCodeAt(i) !== 125) {
    const ke = skipString(s, i)
    const k = readKey(s, i, ke)
    i = skipWs(s, ke) + 1 // past ':'
    const vs = skipWs(s, i)
    const ve = skipValue(s, vs)
    if (k === key) found = [vs, ve]
    i = skipWs(s, ve)
    if (s.charCodeAt(i) === 44) i = skipWs(s, i + 1)
  }
  return found
}

function elementSpan(s: string, i: number, index: number): [number, number] | null {
  i = skipWs(s, i + 1)
  let n = 0
  while (i < s.length && s.charCodeAt(i) !== 93) {
    const ve = skipValue(s, i)
    if (n === index) return [i, ve]
    n++
    i = skipWs(s, ve)
    if (s.charCodeAt(i) === 44) i = skipWs(s, i + 1)
  }
  return null
}

/** Span `[start, end)` of the value at `path` in the JSON text `s`, or null. */
export function findSpan(s: string, path: readonly PathSegment[]): [number, number] | null {
  let start = skipWs(s, 0)
  let end = skipValue(s, start)
  for (const seg of path) {
    const c = s.charCodeAt(start)
    let span: [number, number] | null = null
    if (c === 123) span = memberSpan(s, start, seg)
    else if (c === 91 && /^(?:0|[1-9]\d*)$/.test(seg)) span = elementSpan(s, start, Number(seg))
    if (!span) return null
    ;[start, end] = span
  }
  return [start, end]
}

/** Replace the value at `path` (which must exist) with `json`. */
export function replaceAt(s: string, path: readonly PathSegment[], json: string): string | null {
  const span = findSpan(s, path)
  if (!span) return null
  return s.slice(0, span[0]) + json + s.slice(span[1])
}

/**
 * Set top-level member `key` of the object text `s` to `json`: replaced in place when present,
 * appended as the last member otherwise.
 */
export function setMember(s: string, key: string, json: string): string {
  const start = skipWs(s, 0)
  const span = memberSpan(s, start, key)
  if (span) return s.slice(0, span[0]) + json + s.slice(span[1])
  const close = s.lastIndexOf('}')
  const empty = skipWs(s, start + 1) === close
  return s.slice(0, close) + (empty ? '' : ',') + JSON.stringify(key) + ':' + json + s.slice(close)
}
