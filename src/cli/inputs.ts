/**
 * Inputs: `-` (stdin), files, folders (walked recursively) and globs (`*`, `?`, `**`, `[abc]`,
 * `{a,b}`), matched with a small matcher over node:fs (fs.glob is not in Node 20).
 * Every input keeps the base it was found under, so --out-dir can mirror the tree.
 */
import { readdirSync, statSync, fstatSync, accessSync, constants } from 'node:fs'
import { join, resolve, sep } from 'node:path'

export interface Input {
  /** Path as found (absolute or relative to the working directory); null for stdin. */
  path: string | null
  /** Name used in messages. */
  name: string
  /** Path under the base, with `/`; the name under --out-dir. */
  rel: string
  /** Bytes on disk, when known. */
  size: number | undefined
  /** Stdin redirected from a file (`< crawl.jsonl`): its descriptor, for reading its gzip header and trailer in place. */
  fd?: number
}

/**
 * Stdin as an input. Redirected from a regular file, it has a size (for the progress bar and the
 * number of worker threads, as a file operand has); a pipe or a terminal has none. The size is the
 * whole file's: read after something else consumed part of it, the bar ends short of full. `fd`
 * is for tests.
 */
export function stdinInput(fd = 0): Input {
  const input: Input = { path: null, name: '<stdin>', rel: 'stdin', size: undefined }
  try {
    const st = fstatSync(fd)
    if (st.isFile()) { input.size = st.size; input.fd = fd }
  } catch {
    // no descriptor 0 (closed stdin): no size, and the reader reports what it finds
  }
  return input
}

export class UsageError extends Error {}

const MAGIC = /[*?[{]/

/** Does the path look like a glob? */
export function isGlob(p: string): boolean {
  return MAGIC.test(p)
}

/** Compile a glob (with `/` separators) to a RegExp on relative paths. */
export function globToRegExp(glob: string): RegExp {
  let re = ''
  let i = 0
  let braces = 0
  while (i < glob.length) {
    const c = glob[i]!
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // `**/` matches zero or more folders; a trailing `**` matches anything below.
        const atStart = i === 0 || glob[i - 1] === '/'
        if (atStart && glob[i + 2] === '/') { re += '(?:[^/.][^/]*/)*'; i += 3; continue }
        if (atStart && i + 2 === glob.length) { re += '(?:[^/.][^/]*)(?:/[^/.][^/]*)*'; i += 2; continue }
      }
      const segStart = i === 0 || glob[i - 1] === '/'
      re += segStart ? '(?!\\.)[^/]*' : '[^/]*'
      i++
    } else if (c === '?') { re += '[^/]'; i++ }
    else if (c === '[') {
      const close = glob.indexOf(']', i + 2)
      if (close === -1) { re += '\\['; i++; continue }
      let body = glob.slice(i + 1, close)
      if (body[0] === '!') body = '^' + body.slice(1)
      re += '[' + body.replace(/\\/g, '\\\\') + ']'
      i = close + 1
    } else if (c === '{') { re += '(?:'; braces++; i++ }
    else if (c === '}' && braces) { re += ')'; braces--; i++ }
    else if (c === ',' && braces) { re += '|'; i++ }
    else { re += c.replace(/[.+^$()|\\]/g, '\\$&'); i++ }
  }
  if (braces) throw new UsageError(`Unexpected unclosed '{' in pattern '${glob}'`)
  return new RegExp('^' + re + '$')
}

/** Files under `dir` (recursively, skipping dot-files and dot-folders), sorted, as `/` paths relative to `dir`. */
export function walk(dir: string, maxDepth = Infinity): string[] {
  const out: string[] = []
  const visit = (abs: string, rel: string, depth: number) => {
    const entries = readdirSync(abs, { withFileTypes: true })
      .filter((e) => !e.name.startsWith('.'))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const e of entries) {
      const r = rel ? rel + '/' + e.name : e.name
      const p = join(abs, e.name)
      let isDir = e.isDirectory()
      let isFile = e.isFile()
      if (e.isSymbolicLink()) {
        try { const st = statSync(p); isDir = st.isDirectory(); isFile = st.isFile() } catch { continue }
      }
      if (isDir) { if (depth < maxDepth) visit(p, r, depth + 1) }
      else if (isFile) out.push(r)
    }
  }
  visit(dir, '', 1)
  return out
}

function checkReadable(p: string): void {
  try {
    accessSync(p, constants.R_OK)
  } catch (e) {
    throw new UsageError(`Cannot read '${p}': ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`)
  }
}

const toSlash = (p: string) => (sep === '/' ? p : p.split(sep).join('/'))

/**
 * Expand command-line operands to inputs. `exts` are the file endings a folder contributes
 * (`.txt`; `.jsonl`, `.jsonl.gz`, `.ndjson`). Throws UsageError for missing or unreadable inputs.
 */
export function expandInputs(operands: readonly string[], exts: readonly string[]): Input[] {
  const inputs: Input[] = []
  const list = operands.length ? operands : ['-']
  for (const op of list) {
    if (op === '-') { inputs.push(stdinInput()); continue }
    let st: ReturnType<typeof statSync> | undefined
    try { st = statSync(op) } catch { st = undefined }
    if (st?.isDirectory()) {
      checkReadable(op)
      const files = walk(op).filter((f) => exts.some((x) => f.endsWith(x)))
      if (!files.length) throw new UsageError(`No ${exts.join(' or ')} files in folder '${op}'`)
      for (const f of files) {
        const p = join(op, f)
        checkReadable(p)
        inputs.push({ path: p, name: p, rel: f, size: statSync(p).size })
      }
    } else if (st) {
      checkReadable(op)
      // a pipe or device given by name (/dev/stdin, <(…)) has no size to go by
      inputs.push({ path: op, name: op, rel: toSlash(op).split('/').pop()!, size: st.isFile() ? st.size : undefined })
    } else if (isGlob(op)) {
      const pattern = toSlash(op)
      const segs = pattern.split('/')
      let k = 0
      while (k < segs.length - 1 && !isGlob(segs[k]!)) k++
      const base = segs.slice(0, k).join('/') || (pattern.startsWith('/') ? '/' : '.')
      const rest = segs.slice(k).join('/')
      const re = globToRegExp(rest)
      const depth = rest.includes('**') ? Infinity : segs.length - k
      let files: string[] = []
      try { files = walk(base, depth) } catch { files = [] }
      const matched = files.filter((f) => re.test(f))
      if (!matched.length) throw new UsageError(`No files match '${op}'`)
      for (const f of matched) {
        const p = base === '.' ? f : join(base, f)
        checkReadable(p)
        inputs.push({ path: p, name: p, rel: f, size: statSync(p).size })
      }
    } else {
      throw new UsageError(`Cannot read '${op}': no such file or folder`)
    }
  }
  return inputs
}

/** Map inputs to output paths under `outDir`; refuses two inputs that land on one output. */
export function outputPaths(inputs: readonly Input[], outDir: string): string[] {
  const seen = new Map<string, string>()
  return inputs.map((inp) => {
    if (inp.path === null) throw new UsageError('Unexpected stdin with --out-dir, expected files or folders (use --output FILE or stdout for stdin)')
    const out = join(outDir, ...inp.rel.split('/'))
    const key = resolve(out)
    const prev = seen.get(key)
    if (prev !== undefined) throw new UsageError(`Unexpected two inputs ('${prev}' and '${inp.name}') for one output '${out}', expected distinct names`)
    seen.set(key, inp.name)
    return out
  })
}
