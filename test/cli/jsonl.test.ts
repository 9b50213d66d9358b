/**
 * `unscrape --jsonl`: fields, report field, gzip, the error policy and its counts, atomic output,
 * EPIPE, and workers giving the same bytes as one thread.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { execFileSync, spawn } from 'node:child_process'
import { once } from 'node:events'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import { clean, cleanWithReport } from '../../src/index.js'
import { ensureCli } from '../setup/build-cli.js'
import { cliPath, runCli } from './run-cli.js'

const ROOT = join(import.meta.dirname, '..', '..')
const RAW = join(ROOT, 'corpus', 'raw')
const docs = readdirSync(RAW).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(RAW, f), 'utf8'))
const tmp = mkdtempSync(join(tmpdir(), 'unscrape-jsonl-'))
const lines = (b: Buffer | string) => b.toString().split('\n').slice(0, -1)

/** `n` records cycling over the sample corpus, with a few other fields of various types. */
function corpusJsonl(n: number): string {
  let s = ''
  for (let i = 0; i < n; i++) s += JSON.stringify({ id: i, url: `https://example.com/${i}`, text: docs[i % docs.length], tags: ['a', i] }) + '\n'
  return s
}

beforeAll(ensureCli, 120_000)
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe('unscrape --jsonl', () => {
  it('cleans the text field of each record and keeps the other fields', async () => {
    const input = corpusJsonl(12)
    const r = await runCli(['--jsonl', '-q', '--workers', '1'], { input })
    expect(r.code, r.stderr).toBe(0)
    const out = lines(r.stdout).map((l) => JSON.parse(l))
    const inp = lines(input).map((l) => JSON.parse(l))
    expect(out).toHaveLength(12)
    out.forEach((rec, i) => {
      expect(rec).toEqual({ ...inp[i], text: clean(inp[i].text) })
      expect(Object.keys(rec)).toEqual(Object.keys(inp[i]))
    })
  })

  it('cleans a dotted field, and leaves every other byte of the record as it was', async () => {
    // Big integers, number spellings, escapes, spacing and key order survive: only the field changes.
    const body = 'Title\n\n0\n\nThe body of the article is here, and it is long enough.\n\nLeave a Reply\n'
    const rec = `{ "id": 12345678901234567890, "score": 1.50, "esc": "caf\\u00e9", "meta": {"lang":"en", "body": ${JSON.stringify(body)}, "n": 1e3}, "z": null }`
    const r = await runCli(['--jsonl', '--field', 'meta.body', '-q'], { input: rec + '\n' })
    expect(r.code, r.stderr).toBe(0)
    const want = rec.replace(JSON.stringify(body), JSON.stringify(clean(body)))
    expect(clean(body)).not.toBe(body)
    expect(r.stdout.toString()).toBe(want + '\n')
  })

  it('--report-field adds each record’s messages and stats', async () => {
    const input = corpusJsonl(3)
    const r = await runCli(['--jsonl', '--report-field', 'unscrape', '-q'], { input })
    expect(r.code, r.stderr).toBe(0)
    const out = lines(r.stdout).map((l) => JSON.parse(l))
    out.forEach((rec, i) => {
      const want = cleanWithReport(docs[i]!)
      expect(rec.text).toBe(want.text)
      expect(rec.unscrape).toEqual(JSON.parse(JSON.stringify({ messages: want.messages, stats: want.stats })))
    })
    expect(out[0].unscrape.messages.length).toBeGreaterThan(0)
  })

  it('--report-field on a record that is not an object reports it instead of writing invalid JSON', async () => {
    const input = '["Share this:\\n\\nArr top."]\n{"text": "Share this:\\n\\nObject body of the story."}\n'
    const r = await runCli(['--jsonl', '--field', '0', '--report-field', 'r'], { input })
    expect(r.code, r.stderr).toBe(0)
    const out = lines(r.stdout)
    expect(out).toHaveLength(2)
    for (const l of out) expect(() => JSON.parse(l), l).not.toThrow()
    expect(out[0]).toBe('["Share this:\\n\\nArr top."]')
    expect(r.stderr).toContain('unscrape: <stdin>:1: record is array, expected an object for --report-field (passed through unchanged)')
  })

  it('reads gzip on standard input by its magic number (a pipe has no file name)', async () => {
    const input = corpusJsonl(40)
    const plain = await runCli(['--jsonl', '-q'], { input })
    const zipped = await runCli(['--jsonl', '-q'], { input: gzipSync(input) })
    expect(zipped.code, zipped.stderr).toBe(0)
    expect(zipped.stdout.toString()).toBe(plain.stdout.toString())
    expect(lines(zipped.stdout)).toHaveLength(40)
    const text = readFileSync(join(ROOT, 'corpus/raw/000_17f309d8c28a3e47.txt'))
    const doc = await runCli([], { input: gzipSync(text) })
    expect(doc.stdout.toString()).toBe(readFileSync(join(ROOT, 'corpus/gold/000_17f309d8c28a3e47.txt'), 'utf8'))
  })

  it('reads stdin redirected from a file, plain or gzipped, as it reads a pipe', async () => {
    // the CLI reads the file's size, gzip magic and trailer in place (for the worker count and the
    // progress bar): the stream must still see every byte from the start
    const input = corpusJsonl(40)
    const piped = await runCli(['--jsonl', '-q'], { input })
    expect(lines(piped.stdout)).toHaveLength(40)
    const plain = join(tmp, 'redirect.jsonl')
    const zipped = join(tmp, 'redirect.jsonl.gz')
    writeFileSync(plain, input)
    writeFileSync(zipped, gzipSync(input))
    for (const file of [plain, zipped]) {
      const r = await runCli(['--jsonl', '-q'], { stdinFile: file })
      expect(r.code, r.stderr).toBe(0)
      expect(r.stdout.toString(), file).toBe(piped.stdout.toString())
    }
  })

  it('a corrupt .gz input stops the run after the inputs before it, which are kept; the error names it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unscrape-corrupt-'))
    try {
      mkdirSync(join(dir, 'in'))
      const good = corpusJsonl(3)
      writeFileSync(join(dir, 'in', 'a.jsonl'), good)
      const zipped = gzipSync(corpusJsonl(40))
      writeFileSync(join(dir, 'in', 'b.jsonl.gz'), zipped.subarray(0, Math.floor(zipped.length / 2)))
      const want = (await runCli(['--jsonl', '-q', join(dir, 'in', 'a.jsonl')])).stdout.toString()
      for (const workers of ['1', '2']) {
        const r = await runCli(['--jsonl', '--workers', workers, join(dir, 'in')])
        expect(r.code, workers).toBe(1)
        expect(r.stdout.toString().startsWith(want), workers).toBe(true)
        expect(r.stderr, workers).toContain(`unscrape: Cannot read '${join(dir, 'in', 'b.jsonl.gz')}': unexpected end of file (stopped)`)
        expect(r.stderr, workers).toMatch(/records read, .* written/)
        const out = join(dir, `out${workers}`)
        const d = await runCli(['--jsonl', '-q', '--workers', workers, join(dir, 'in'), '--out-dir', out])
        expect(d.code, workers).toBe(1)
        expect(readFileSync(join(out, 'a.jsonl'), 'utf8'), workers).toBe(want)
        expect(existsSync(join(out, 'b.jsonl.gz')), workers).toBe(false)
      }
      // text mode: the documents before it are written, then the run stops naming the file
      writeFileSync(join(dir, 'one.txt'), 'Headline\n\nThe first paragraph of the article tells what happened, where and when.\n')
      writeFileSync(join(dir, 'two.txt.gz'), gzipSync('x'.repeat(5000)).subarray(0, 20))
      const t = await runCli([join(dir, 'one.txt'), join(dir, 'two.txt.gz')])
      expect(t.code).toBe(1)
      expect(t.stdout.toString()).toBe(clean(readFileSync(join(dir, 'one.txt'), 'utf8')))
      expect(t.stderr).toContain(`unscrape: Cannot read '${join(dir, 'two.txt.gz')}': unexpected end of file (stopped)`)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('recognises gzip and a byte-order mark on a pipe that delivers its first bytes one at a time', async () => {
    const input = corpusJsonl(5)
    const want = (await runCli(['--jsonl', '-q'], { input })).stdout.toString()
    const slowly = async (bytes: Buffer): Promise<string> => {
      const child = spawn(process.execPath, [cliPath, '--jsonl', '-q'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } })
      const out: Buffer[] = []
      child.stdout.on('data', (c: Buffer) => out.push(c))
      for (const piece of [bytes.subarray(0, 1), bytes.subarray(1, 2), bytes.subarray(2)]) {
        child.stdin.write(piece)
        await new Promise((r) => setTimeout(r, 150))
      }
      child.stdin.end()
      await once(child, 'close')
      return Buffer.concat(out).toString()
    }
    expect(await slowly(gzipSync(input))).toBe(want)
    expect(await slowly(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(input)]))).toBe(want)
  })

  it('reads and writes gzip by file extension', async () => {
    const input = corpusJsonl(40)
    const src = join(tmp, 'in.jsonl.gz')
    writeFileSync(src, gzipSync(input))
    const dst = join(tmp, 'out.jsonl.gz')
    const r = await runCli(['--jsonl', src, '-o', dst])
    expect(r.code, r.stderr).toBe(0)
    expect(r.stderr).toBe('unscrape: 40 records read, 40 written, 0 skipped, 0 failed\n')
    const plain = await runCli(['--jsonl', '-q'], { input })
    expect(gunzipSync(readFileSync(dst)).toString()).toBe(plain.stdout.toString())
    // and the gzipped output reads back
    const back = await runCli(['--jsonl', '-q', dst])
    expect(back.code).toBe(0)
    expect(lines(back.stdout)).toHaveLength(40)
  })

  it('mirrors a folder of JSONL files into --out-dir, keeping .gz', async () => {
    const dir = join(tmp, 'tree')
    execFileSync('mkdir', ['-p', join(dir, 'in', 'part')])
    writeFileSync(join(dir, 'in', 'a.jsonl'), corpusJsonl(3))
    writeFileSync(join(dir, 'in', 'part', 'b.jsonl.gz'), gzipSync(corpusJsonl(2)))
    const r = await runCli(['--jsonl', join(dir, 'in'), '--out-dir', join(dir, 'out')])
    expect(r.code, r.stderr).toBe(0)
    expect(lines(readFileSync(join(dir, 'out', 'a.jsonl')))).toHaveLength(3)
    expect(lines(gunzipSync(readFileSync(join(dir, 'out', 'part', 'b.jsonl.gz'))))).toHaveLength(2)
    expect(r.stderr).toMatch(/5 records read, 5 written, 0 skipped, 0 failed/)
  })

  describe('a malformed line, or a record without a string field', () => {
    const good = (t: string) => JSON.stringify({ text: `Headline\n\n${t} is the body of the article, with enough words.\n` })
    // line 3 is blank (not a record), 4 malformed, 6 has a number, 7 lacks the field
    const input = [good('One'), good('Two'), '', '{"text": "unterminated', good('Three'), '{"text": 5}', '{"title": "x"}', good('Four')].join('\n') + '\n'

    it('keep (the default): reported with file and line, passed through unchanged; counts add up', async () => {
      const file = join(tmp, 'bad.jsonl')
      writeFileSync(file, input)
      const r = await runCli(['--jsonl', file])
      expect(r.code).toBe(0)
      const out = lines(r.stdout)
      expect(out).toHaveLength(7)
      expect(out[2]).toBe('{"text": "unterminated')
      expect(out[4]).toBe('{"text": 5}')
      expect(out[5]).toBe('{"title": "x"}')
      expect(JSON.parse(out[6]!).text).toBe(clean(JSON.parse(good('Four')).text))
      expect(r.stderr).toContain(`unscrape: ${file}:4: malformed JSON`)
      expect(r.stderr).toContain(`unscrape: ${file}:6: field 'text' is number, expected a string (passed through unchanged)`)
      expect(r.stderr).toContain(`unscrape: ${file}:7: field 'text' is missing (passed through unchanged)`)
      expect(r.stderr).toMatch(/unscrape: 7 records read, 7 written \(3 passed through unchanged\), 0 skipped, 0 failed\n$/)
    })

    it('a line of JSON white space is blank; a line of other invisible characters is reported, not lost', async () => {
      const ws = [good('One'), ' \t ', '\u00a0', good('Two'), '\u3000', '\r', good('Three')].join('\n') + '\n'
      const r = await runCli(['--jsonl'], { input: ws })
      expect(r.code, r.stderr).toBe(0)
      const out = lines(r.stdout)
      expect(out).toHaveLength(5)
      expect(out[1]).toBe('\u00a0')
      expect(out[3]).toBe('\u3000')
      expect(r.stderr).toContain('unscrape: <stdin>:3: malformed JSON')
      expect(r.stderr).toContain('unscrape: <stdin>:5: malformed JSON')
      expect(r.stderr).toMatch(/5 records read, 5 written \(2 passed through unchanged\)/)
    })

    it('skip: reported and dropped', async () => {
      const r = await runCli(['--jsonl', '--on-error', 'skip'], { input })
      expect(r.code).toBe(0)
      expect(lines(r.stdout)).toHaveLength(4)
      expect(r.stderr).toContain('unscrape: <stdin>:4: malformed JSON')
      expect(r.stderr).toMatch(/unscrape: 7 records read, 4 written, 3 skipped, 0 failed\n$/)
    })

    it('fail: stops at the first bad record with exit 1, and leaves no output file', async () => {
      const dst = join(tmp, 'failed.jsonl')
      const r = await runCli(['--jsonl', '--on-error', 'fail', '-o', dst], { input })
      expect(r.code).toBe(1)
      expect(r.stderr).toContain('unscrape: <stdin>:4: malformed JSON')
      expect(r.stderr).toMatch(/unscrape: 3 records read, 2 written, 0 skipped, 1 failed\n$/)
      expect(existsSync(dst)).toBe(false)
      expect(readdirSync(tmp).filter((f) => f.includes('failed.jsonl'))).toEqual([])
      // to stdout, the records before the failure are out already
      const s = await runCli(['--jsonl', '--on-error', 'fail'], { input })
      expect(s.code).toBe(1)
      expect(lines(s.stdout)).toHaveLength(2)
    })

    it('counts add up with workers and small batches too', async () => {
      const many = Array.from({ length: 50 }, (_, i) => (i % 7 === 3 ? '{oops' : good(`Record ${i}`))).join('\n') + '\n'
      for (const mode of ['keep', 'skip'] as const) {
        const r = await runCli(['--jsonl', '--on-error', mode, '--workers', '2', '--batch-size', '4'], { input: many })
        expect(r.code).toBe(0)
        const bad = [3, 10, 17, 24, 31, 38, 45]
        for (const i of bad) expect(r.stderr).toContain(`<stdin>:${i + 1}: malformed JSON`)
        const m = /(\d+) records read, (\d+) written.*, (\d+) skipped, (\d+) failed/.exec(r.stderr)!
        const [read, written, skipped, failed] = m.slice(1).map(Number)
        expect(read).toBe(50)
        expect(written! + skipped! + failed!).toBe(read)
        expect(lines(r.stdout)).toHaveLength(written!)
        expect(skipped).toBe(mode === 'skip' ? 7 : 0)
      }
    })
  })

  it('passes a bad line through byte for byte, invalid UTF-8 included', async () => {
    const bad = Buffer.from([0x7b, 0x22, 0x74, 0x22, 0x3a, 0xff, 0xfe, 0x20, 0xc3, 0x7d]) // {"t":\xff\xfe \xc3}
    const good = Buffer.from(JSON.stringify({ text: 'Already clean text.\n' }))
    const input = Buffer.concat([good, Buffer.from('\n'), bad, Buffer.from('\r\n'), good, Buffer.from('\n')])
    const r = await runCli(['--jsonl', '-q'], { input })
    expect(r.code).toBe(0)
    expect(r.stdout.equals(Buffer.concat([good, Buffer.from('\n'), bad, Buffer.from('\n'), good, Buffer.from('\n')]))).toBe(true)
    expect(r.stderr).toMatch(/^unscrape: <stdin>:2: malformed JSON/)
  })

  it('handles CRLF line ends, a BOM, and a last line without a newline', async () => {
    const a = JSON.stringify({ text: 'Headline\r\n\r\nBody text of the article goes here.' })
    const input = '\uFEFF' + a + '\r\n' + a
    const r = await runCli(['--jsonl', '-q'], { input })
    expect(r.code).toBe(0)
    const out = lines(r.stdout)
    expect(out).toHaveLength(2)
    for (const l of out) expect(JSON.parse(l).text).toBe(clean(JSON.parse(a).text))
  })

  it('ends quietly with exit 0 when stdout closes early (| head -1)', async () => {
    const file = join(tmp, 'many.jsonl')
    writeFileSync(file, corpusJsonl(1500))
    for (const workers of ['1', '2']) {
      const out = execFileSync('bash', ['-c', `node "${cliPath}" --jsonl --workers ${workers} "${file}" 2>"${file}.err" | head -1; echo "exit=\${PIPESTATUS[0]}"`]).toString()
      const [first, status] = out.trimEnd().split('\n')
      expect(JSON.parse(first!).id).toBe(0)
      expect(status).toBe('exit=0')
      expect(readFileSync(`${file}.err`, 'utf8')).toBe('')
    }
  })

  it('gives the same bytes with 2 workers as with 1', async () => {
    const file = join(tmp, 'same.jsonl')
    const bad = '{"text": broken}\n'
    writeFileSync(file, corpusJsonl(700) + bad + corpusJsonl(300))
    const one = await runCli(['--jsonl', '--workers', '1', '--report-field', 'r', file])
    const two = await runCli(['--jsonl', '--workers', '2', '--batch-size', '37', '--report-field', 'r', file])
    expect(one.code).toBe(0)
    expect(two.code).toBe(0)
    expect(one.stdout.length).toBeGreaterThan(1_000_000)
    expect(two.stdout.equals(one.stdout)).toBe(true)
    expect(two.stderr).toBe(one.stderr)
    expect(lines(one.stdout)).toHaveLength(1001)
  })

  it('retries in the main thread a batch whose worker runs out of heap', async () => {
    // A 2 MB document against a 16 MB worker heap: the worker dies, the batch is cleaned anyway.
    const big = JSON.stringify({ id: 'big', text: docs[4]!.repeat(500) })
    const input = corpusJsonl(10) + big + '\n' + corpusJsonl(10)
    const one = await runCli(['--jsonl', '--workers', '1', '-q'], { input })
    const two = await runCli(['--jsonl', '--workers', '2', '--batch-size', '4'], { input, env: { UNSCRAPE_WORKER_HEAP_MB: '16' } })
    expect(two.code, two.stderr).toBe(0)
    expect(two.stderr).toBe('unscrape: 21 records read, 21 written, 0 skipped, 0 failed\n')
    expect(two.stdout.equals(one.stdout)).toBe(true)
  })

  it('an interrupted run leaves no file that looks finished', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unscrape-kill-'))
    const src = join(dir, 'in.jsonl')
    writeFileSync(src, corpusJsonl(4000))
    for (const signal of ['SIGKILL', 'SIGINT'] as const) {
      const dst = join(dir, `out-${signal}.jsonl`)
      const child = spawn(process.execPath, [cliPath, '--jsonl', '--workers', '1', '--batch-size', '16', src, '-o', dst], { stdio: 'ignore' })
      // wait until the temporary file has content, then interrupt
      const tmpName = () => readdirSync(dir).find((f) => f.startsWith(`.out-${signal}.jsonl.`) && f.endsWith('.tmp'))
      for (let i = 0; i < 600 && !(tmpName() && statSync(join(dir, tmpName()!)).size > 0); i++) await new Promise((r) => setTimeout(r, 50))
      expect(tmpName(), 'the output is written under a temporary name while running').toBeDefined()
      child.kill(signal)
      const [code, sig] = await once(child, 'exit')
      expect(existsSync(dst)).toBe(false)
      if (signal === 'SIGINT') {
        expect(code).toBe(130)
        expect(tmpName(), 'SIGINT removes the temporary file').toBeUndefined()
      } else {
        expect(sig).toBe('SIGKILL')
      }
    }
    rmSync(dir, { recursive: true, force: true })
  })

  it('--no-clean passes records through (the benchmark baseline)', async () => {
    const input = corpusJsonl(5)
    const r = await runCli(['--jsonl', '--no-clean', '-q'], { input })
    expect(r.stdout.toString()).toBe(input)
  })
})
