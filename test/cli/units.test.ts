/**
 * Pieces of the CLI in isolation: splicing a field into JSON text, glob matching, the reporter
 * layout (against vfile-reporter itself), the diff, the progress line and the batch reader.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { closeSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { tmpdir } from 'node:os'
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { VFile } from 'vfile'
import { reporter } from 'vfile-reporter'
import { cleanWithReport } from '../../src/index.js'
import { findSpan, getPath, parsePath, replaceAt, setMember } from '../../src/cli/json-path.js'
import { expandInputs, globToRegExp, stdinInput } from '../../src/cli/inputs.js'
import { byline, colors, diffLines, formatFile } from '../../src/cli/report.js'
import { formatDuration, formatProgress } from '../../src/cli/progress.js'
import { byteBatches } from '../../src/cli/read.js'
import { BufferPool } from '../../src/cli/buffers.js'
import { autoWorkers, BYTES_PER_WORKER, gzipTextBytes, stdinTextBytes } from '../../src/cli/run.js'
import { parseCli } from '../../src/cli/args.js'

const RAW = join(import.meta.dirname, '..', '..', 'corpus', 'raw')

describe('json-path', () => {
  it('finds values by dotted path, the last of repeated keys, and array indexes', () => {
    const s = '{"a": {"b": [10, {"c": "x\\"}"}], "b": 2}, "a2": 1, "a": {"b": "last"}}'
    expect(s.slice(...findSpan(s, parsePath('a.b'))!)).toBe('"last"')
    const t = '{"a": {"b": [10, {"c": "x\\"}"}]}}'
    expect(t.slice(...findSpan(t, parsePath('a.b.1.c'))!)).toBe('"x\\"}"')
    expect(findSpan(t, parsePath('a.b.2'))).toBeNull()
    expect(findSpan(t, parsePath('a.z'))).toBeNull()
    expect(getPath(JSON.parse(t), parsePath('a.b.1.c'))).toBe('x"}')
    expect(getPath({ a: 'str' }, parsePath('a.length'))).toBeUndefined()
    expect(() => parsePath('a..b')).toThrow(/single dots/)
  })

  it('replacing a value changes that value and nothing else (property)', () => {
    const key = fc.string({ maxLength: 6 })
    const leaf = fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null))
    const value = fc.letrec((tie) => ({
      v: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('v'), { maxLength: 3 }), fc.dictionary(key, tie('v'), { maxKeys: 3 })),
    })).v
    fc.assert(fc.property(fc.dictionary(key, value, { maxKeys: 4 }), key, fc.string(), fc.boolean(), (obj, k, replacement, pretty) => {
      const record = { ...obj, [k]: { inner: 'old' } }
      const text = JSON.stringify(record, null, pretty ? 2 : undefined)
      const json = (v: unknown) => JSON.parse(JSON.stringify(v)) // what JSON can hold (-0 is 0)
      const out = replaceAt(text, [k, 'inner'], JSON.stringify(replacement))!
      expect(JSON.parse(out)).toEqual(json({ ...record, [k]: { inner: replacement } }))
      const added = setMember(out, 'rep', '{"n":1}')
      expect(JSON.parse(added)).toEqual(json({ ...record, [k]: { inner: replacement }, rep: { n: 1 } }))
    }), { numRuns: 300 })
  })

  it('setMember replaces an existing member in place and handles an empty object', () => {
    expect(setMember('{"a":1,"r":{"old":true},"b":2}', 'r', '3')).toBe('{"a":1,"r":3,"b":2}')
    expect(setMember('{ }', 'r', '3')).toBe('{ "r":3}')
  })
})

describe('globToRegExp', () => {
  const cases: Array<[string, string[], string[]]> = [
    ['*.txt', ['a.txt', 'b.c.txt'], ['a.txt.gz', 'd/a.txt', '.hidden.txt']],
    ['**/*.txt', ['a.txt', 'x/a.txt', 'x/y/z/a.txt'], ['x/.h/a.txt', 'a.md']],
    ['x/**', ['x/a', 'x/y/b'], ['y/a']],
    ['file-?.{txt,md}', ['file-1.txt', 'file-a.md'], ['file-10.txt', 'file-1.json']],
    ['[ab]*.jsonl', ['a1.jsonl', 'b.jsonl'], ['c.jsonl']],
    ['[!ab]*.jsonl', ['c.jsonl'], ['a.jsonl']],
    ['a+b(1).txt', ['a+b(1).txt'], ['aab1.txt']],
  ]
  for (const [glob, yes, no] of cases) {
    it(glob, () => {
      const re = globToRegExp(glob)
      for (const p of yes) expect(re.test(p), p).toBe(true)
      for (const p of no) expect(re.test(p), p).toBe(false)
    })
  }
})

describe('reporter layout', () => {
  it('matches vfile-reporter for the same messages', () => {
    for (const name of readdirSync(RAW).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(join(RAW, name), 'utf8')
      const { messages } = cleanWithReport(text)
      const file = new VFile({ path: `corpus/raw/${name}`, value: text })
      for (const m of messages) {
        const vm = file.message(m.reason, { place: m.place, ruleId: m.ruleId, source: m.source })
        vm.fatal = false
      }
      const plain = messages.map(({ cause, ...m }) => m)
      const ours = messages.length
        ? `${formatFile(`corpus/raw/${name}`, plain, colors(false))}\n\n${byline(messages.length, colors(false))}`
        : formatFile(`corpus/raw/${name}`, plain, colors(false))
      expect(ours, name).toBe(reporter([file], { color: false }))
    }
  })

  it('colours only when asked', () => {
    const { messages } = cleanWithReport('Title\n\n0\n\nBody of the article, long enough to be prose.\n')
    expect(formatFile('x', messages, colors(false))).not.toContain('\u001B[')
    expect(formatFile('x', messages, colors(true))).toContain('\u001B[33mwarning\u001B[39m')
  })
})

describe('diffLines', () => {
  it('is a shortest edit script', () => {
    const lcs = (a: string[], b: string[]) => {
      const d = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0))
      for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) d[i]![j] = a[i] === b[j] ? d[i + 1]![j + 1]! + 1 : Math.max(d[i + 1]![j]!, d[i]![j + 1]!)
      return d[0]![0]!
    }
    const arr = fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 14 })
    fc.assert(fc.property(arr, arr, (a, b) => {
      const ops = diffLines(a, b)
      const left: string[] = []
      const right: string[] = []
      let same = 0
      for (const op of ops) {
        if (op[0] === '=') { left.push(a[op[1]]!); right.push(b[op[2]]!); same++ } else if (op[0] === '-') left.push(a[op[1]]!); else right.push(b[op[1]]!)
      }
      expect(left).toEqual(a)
      expect(right).toEqual(b)
      expect(same).toBe(lcs(a, b))
    }), { numRuns: 500 })
  })
})

describe('progress line', () => {
  it('shows records, MB, MB/s and, with a known total, a bar and an ETA', () => {
    const MB = 1024 * 1024
    const line = formatProgress({ records: 12345, bytes: 50 * MB, total: 200 * MB }, 10_000)
    expect(line).toMatch(/^\[#+\.+\] {2}25% {2}12,345 records {2}50\.0\/200\.0 MB {2}5\.0 MB\/s {2}ETA 30s$/)
    expect(formatProgress({ records: 3, bytes: 2 * MB, total: undefined }, 1000)).toBe('3 records  2.0 MB  2.0 MB/s')
    expect(formatDuration(3725)).toBe('1h02m')
    expect(formatDuration(125)).toBe('2m05s')
  })
})

describe('byteBatches', () => {
  async function* chunksOf(bytes: Buffer, size: number) {
    for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size)
  }
  it('cuts whole lines, whatever the chunking, and numbers them', async () => {
    const lines = Array.from({ length: 40 }, (_, i) => 'x'.repeat(i % 9) + `é${i}`)
    const bytes = Buffer.from('\uFEFF' + lines.join('\n'))
    for (const chunk of [1, 3, 7, 64, 1000]) {
      for (const [maxLines, maxBytes] of [[5, 1 << 20], [1000, 16], [1, 1]]) {
        const got: string[] = []
        let expectLine = 1
        for await (const b of byteBatches(chunksOf(bytes, chunk), maxLines!, maxBytes!, new BufferPool(4))) {
          expect(b.firstLine).toBe(expectLine)
          const text = Buffer.from(b.data).toString('utf8')
          const ls = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n')
          expect(ls.length).toBeLessThanOrEqual(maxLines!)
          got.push(...ls)
          expectLine += ls.length
        }
        // the BOM goes only when it arrives in one chunk (chunks of 1 and 3 bytes split or not)
        const first = got[0]!.replace(/^\uFEFF/, '').replace(/^\uFFFD+/, '')
        expect([first, ...got.slice(1)], `chunk ${chunk}`).toEqual(lines)
      }
    }
  })
})

describe('autoWorkers: threads for a run', () => {
  const file = (size: number | undefined, path = 'in.jsonl') => ({ path: size === undefined ? null : path, name: path, rel: path, size })
  const MB = 1024 * 1024
  it('obeys --workers whatever the size', () => {
    expect(autoWorkers(2, true, [file(1000)])).toBe(2)
    expect(autoWorkers(7, true, [file(undefined)])).toBe(7)
  })
  it('starts at most one worker per BYTES_PER_WORKER of known input, and at least one', () => {
    expect(BYTES_PER_WORKER).toBe(8 * MB)
    expect(autoWorkers(2, false, [file(5 * MB)])).toBe(1)
    expect(autoWorkers(2, false, [file(15 * MB)])).toBe(1)
    expect(autoWorkers(2, false, [file(16 * MB)])).toBe(2)
    expect(autoWorkers(8, false, [file(30 * MB), file(10 * MB)])).toBe(5)
    expect(autoWorkers(8, false, [file(10 * 1024 * MB)])).toBe(8)
    expect(autoWorkers(4, false, [])).toBe(1)
  })
  it('counts a .gz file it cannot read the trailer of as four times its size', () => {
    expect(autoWorkers(8, false, [file(4 * MB, 'no-such-crawl.jsonl.gz')])).toBe(2)
  })
  it('counts a .gz file for the text its gzip trailer records', () => {
    const dir = mkdtempSync(join(tmpdir(), 'unscrape-gz-'))
    try {
      // very repetitive records: 20 MB of text in a few kB of gzip
      const text = Buffer.from(readFileSync(join(RAW, readdirSync(RAW).sort()[0]!), 'utf8').replace(/\n/g, ' ').slice(0, 2000).repeat(10 * 1024))
      const gz = join(dir, 'crawl.jsonl.gz')
      writeFileSync(gz, gzipSync(text))
      const size = readFileSync(gz).length
      expect(size).toBeLessThan(MB)
      expect(gzipTextBytes(gz, size)).toBe(text.length)
      expect(autoWorkers(8, false, [file(size, gz)])).toBe(Math.floor(text.length / BYTES_PER_WORKER))
      // two gzip members: the trailer records the last one only, smaller than the file
      const two = join(dir, 'two.jsonl.gz')
      writeFileSync(two, Buffer.concat([gzipSync(text), gzipSync(Buffer.from('{}\n'))]))
      const size2 = readFileSync(two).length
      expect(gzipTextBytes(two, size2)).toBe(size2 * 4)
      // a file too short to hold a gzip trailer
      const short = join(dir, 'short.jsonl.gz')
      writeFileSync(short, Buffer.from([0x1f, 0x8b]))
      expect(gzipTextBytes(short, 2)).toBe(8)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
  it('sizes stdin redirected from a file like a file operand, gzipped or not; a pipe keeps the default', () => {
    const dir = mkdtempSync(join(tmpdir(), 'unscrape-stdin-'))
    const fds: number[] = []
    const open = (p: string) => { const fd = openSync(p, 'r'); fds.push(fd); return fd }
    try {
      const text = Buffer.from(readFileSync(join(RAW, readdirSync(RAW).sort()[0]!), 'utf8').replace(/\n/g, ' ').slice(0, 2000).repeat(10 * 1024))
      const plain = join(dir, 'small.jsonl')
      writeFileSync(plain, text.subarray(0, 3 * MB))
      const gz = join(dir, 'crawl.jsonl.gz')
      writeFileSync(gz, gzipSync(text))
      const plainIn = stdinInput(open(plain))
      expect(plainIn).toMatchObject({ path: null, name: '<stdin>', size: 3 * MB })
      expect(autoWorkers(2, false, [plainIn])).toBe(1)
      const gzIn = stdinInput(open(gz))
      expect(gzIn.size).toBe(readFileSync(gz).length)
      expect(stdinTextBytes(gzIn.fd!, gzIn.size!)).toBe(text.length)
      expect(autoWorkers(8, false, [gzIn])).toBe(Math.floor(text.length / BYTES_PER_WORKER))
      expect(autoWorkers(2, true, [plainIn])).toBe(2)
      // not a regular file (a folder here; a pipe or a terminal alike): no size, the default
      const other = stdinInput(open(dir))
      expect(other.size).toBeUndefined()
      expect(autoWorkers(3, false, [other])).toBe(3)
      // a closed descriptor: no size, no throw
      expect(stdinInput(1 << 20).size).toBeUndefined()
    } finally {
      for (const fd of fds) closeSync(fd)
      rmSync(dir, { recursive: true, force: true })
    }
  })
  it('keeps the default when a size is unknown (a pipe)', () => {
    expect(autoWorkers(3, false, [file(1000), file(undefined)])).toBe(3)
  })
  it('takes a named pipe for an input of unknown size (not 0 bytes)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'unscrape-fifo-'))
    try {
      const fifo = join(dir, 'in.jsonl')
      execFileSync('mkfifo', [fifo])
      const [input] = expandInputs([fifo], ['.jsonl'])
      expect(input!.size).toBeUndefined()
      expect(autoWorkers(2, false, [input!])).toBe(2)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
  it('parseCli tells a given --workers from the default', () => {
    expect(parseCli(['--jsonl', 'x.jsonl']).workersGiven).toBe(false)
    expect(parseCli(['--jsonl', '--workers', '2', 'x.jsonl']).workersGiven).toBe(true)
  })
})
