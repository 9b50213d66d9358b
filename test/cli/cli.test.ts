/**
 * The `unscrape` command on text documents: stdin, files, folders, globs, options, exit codes.
 * Expected outputs come from the library itself (the CLI must print exactly what clean() returns).
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { chmodSync, createReadStream, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync, existsSync, rmSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { clean, cleanWithReport } from '../../src/index.js'
import { ensureCli } from '../setup/build-cli.js'
import { runCli } from './run-cli.js'
import { outputPlan } from '../../src/cli/output.js'

const ROOT = join(import.meta.dirname, '..', '..')
const RAW = join(ROOT, 'corpus', 'raw')
const names = readdirSync(RAW).filter((f) => f.endsWith('.txt')).sort()
const raw = (name: string) => readFileSync(join(RAW, name), 'utf8')
const NOISY = `Headline of the story

0
77b894ee-98c4-41e9-bdc0-672c7d31e19b

The first paragraph of the article tells what happened, where and when it happened.

Leave a Reply
`

beforeAll(ensureCli, 120_000)

describe('unscrape (text)', () => {
  it('cleans stdin to stdout', async () => {
    const r = await runCli([], { input: NOISY })
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout.toString()).toBe(clean(NOISY))
    expect(r.stdout.toString()).not.toContain('77b894ee')
  })

  it("reads stdin for '-'", async () => {
    const r = await runCli(['-'], { input: NOISY })
    expect(r.stdout.toString()).toBe(clean(NOISY))
  })

  it('prints the cleaned text of each FILE, in order', async () => {
    const files = names.slice(0, 3).map((n) => join(RAW, n))
    const r = await runCli(['-q', ...files])
    expect(r.code).toBe(0)
    expect(r.stdout.toString()).toBe(names.slice(0, 3).map((n) => clean(raw(n))).join(''))
  })

  it('cleans a folder into --out-dir under the same names, and mirrors sub-folders', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unscrape-cli-'))
    const src = join(dir, 'in')
    mkdirSync(join(src, 'sub', 'deeper'), { recursive: true })
    writeFileSync(join(src, 'a.txt'), NOISY)
    writeFileSync(join(src, 'sub', 'b.txt'), raw(names[0]!))
    writeFileSync(join(src, 'sub', 'deeper', 'c.txt'), raw(names[1]!))
    writeFileSync(join(src, 'notes.md'), 'not a text file')
    writeFileSync(join(src, '.hidden.txt'), 'dot-files are skipped')
    const out = join(dir, 'out')
    const r = await runCli([src, '--out-dir', out])
    expect(r.code).toBe(0)
    expect(r.stdout.length).toBe(0)
    expect(readFileSync(join(out, 'a.txt'), 'utf8')).toBe(clean(NOISY))
    expect(readFileSync(join(out, 'sub', 'b.txt'), 'utf8')).toBe(clean(raw(names[0]!)))
    expect(readFileSync(join(out, 'sub', 'deeper', 'c.txt'), 'utf8')).toBe(clean(raw(names[1]!)))
    expect(existsSync(join(out, 'notes.md'))).toBe(false)
    expect(existsSync(join(out, '.hidden.txt'))).toBe(false)
    // Nothing but finished files: no temporary names left behind.
    expect(readdirSync(out).sort()).toEqual(['a.txt', 'sub'])
    expect(r.stderr).toMatch(/3 documents read, 3 written/)
    rmSync(dir, { recursive: true, force: true })
  })

  it('expands quoted globs itself, relative to the part before the first wildcard', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unscrape-glob-'))
    mkdirSync(join(dir, 'x', 'y'), { recursive: true })
    writeFileSync(join(dir, 'x', 'one.txt'), NOISY)
    writeFileSync(join(dir, 'x', 'y', 'two.txt'), NOISY)
    writeFileSync(join(dir, 'x', 'y', 'three.text'), NOISY)
    const r = await runCli(['x/**/*.txt', '--out-dir', 'o', '-q'], { cwd: dir })
    expect(r.code, r.stderr).toBe(0)
    expect(readFileSync(join(dir, 'o', 'one.txt'), 'utf8')).toBe(clean(NOISY))
    expect(readFileSync(join(dir, 'o', 'y', 'two.txt'), 'utf8')).toBe(clean(NOISY))
    expect(existsSync(join(dir, 'o', 'y', 'three.text'))).toBe(false)
    const none = await runCli(['x/*.md'], { cwd: dir })
    expect(none.code).toBe(2)
    expect(none.stderr).toMatch(/No files match 'x\/\*\.md'/)
    rmSync(dir, { recursive: true, force: true })
  })

  it('maps the cleaning flags to CleanOptions', async () => {
    const cases: Array<[string[], Parameters<typeof clean>[1]]> = [
      [['--disable', 'id-line,counter'], { cleaners: { 'id-line': false, counter: false } }],
      [['--disable', 'id-line', '--disable', 'comment-form'], { cleaners: { 'id-line': false, 'comment-form': false } }],
      [['--keep', 'Leave a'], { keep: ['Leave a'] }],
      [['--keep', '/^leave/i'], { keep: [/^leave/i] }],
      [['--format', 'preserve'], { format: 'preserve' }],
      [['--preset', 'conservative'], { preset: 'conservative' }],
    ]
    for (const [flags, options] of cases) {
      const r = await runCli(flags, { input: NOISY })
      expect(r.code, `${flags.join(' ')}: ${r.stderr}`).toBe(0)
      expect(r.stdout.toString(), flags.join(' ')).toBe(clean(NOISY, options))
    }
    // The flags did something: the outputs are not all the same.
    expect(clean(NOISY, { cleaners: { 'id-line': false, counter: false } })).not.toBe(clean(NOISY))
  })

  it('reads --config FILE.json, and flags override it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unscrape-config-'))
    const config = join(dir, 'c.json')
    writeFileSync(config, JSON.stringify({ cleaners: { 'id-line': false }, keep: ['/^Leave/'] }))
    const r = await runCli(['--config', config], { input: NOISY })
    expect(r.stdout.toString()).toBe(clean(NOISY, { cleaners: { 'id-line': false }, keep: [/^Leave/] }))
    const r2 = await runCli(['--config', config, '--enable', 'id-line'], { input: NOISY })
    expect(r2.stdout.toString()).toBe(clean(NOISY, { cleaners: { 'id-line': true }, keep: [/^Leave/] }))
    writeFileSync(config, '{ not json')
    const bad = await runCli(['--config', config], { input: NOISY })
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/^unscrape: Unexpected content in config '.*c\.json'/)
    rmSync(dir, { recursive: true, force: true })
  })

  it('--report prints every message on stderr in the vfile-reporter layout', async () => {
    const file = join(RAW, names[0]!)
    const r = await runCli(['--report', file])
    expect(r.code).toBe(0)
    const { messages } = cleanWithReport(raw(names[0]!))
    expect(messages.length).toBeGreaterThan(0)
    const lines = r.stderr.trimEnd().split('\n')
    expect(lines[0]).toBe(file)
    for (const m of messages) {
      const p = m.place
      const row = lines.find((l) => l.startsWith(`${p.start.line}:${p.start.column}-${p.end.line}:${p.end.column} `) && l.includes(m.reason))
      expect(row, m.reason).toBeDefined()
      expect(row!).toMatch(new RegExp(`\\swarning\\s.*\\s${m.ruleId}\\s+unscrape$`))
    }
    expect(lines[lines.length - 1]).toBe(`⚠ ${messages.length} warning${messages.length === 1 ? '' : 's'}`)
  })

  it('--diff marks removed lines with the cleaner id; --explain puts messages under their lines', async () => {
    const diff = await runCli(['--diff'], { input: NOISY })
    expect(diff.code).toBe(0)
    const d = diff.stdout.toString()
    expect(d).toMatch(/^- 77b894ee-98c4-41e9-bdc0-672c7d31e19b {2}\[id-line\]$/m)
    expect(d).toMatch(/^ {2}The first paragraph/m)
    expect(d).not.toMatch(/\u001B\[/) // no colour when stdout is not a terminal
    const coloured = await runCli(['--diff', '--color'], { input: NOISY })
    expect(coloured.stdout.toString()).toContain('\u001B[31m- 77b894ee')
    const explain = await runCli(['--explain'], { input: NOISY })
    const e = explain.stdout.toString().split('\n')
    const at = e.findIndex((l) => /^\s*4 ✗ 77b894ee/.test(l))
    expect(at).toBeGreaterThan(0)
    expect(e[at + 1]).toMatch(/└ id-line {2}Unexpected/)
  })

  it('--stats prints a table per cleaner on stderr', async () => {
    const r = await runCli(['--stats', '-q', RAW])
    expect(r.code).toBe(0)
    expect(r.stderr).toMatch(/^cleaner\s+documents\s+lines removed\s+chars removed\s+rewrites$/m)
    // Each row agrees with the library's own stats, summed over the five documents.
    const want: Record<string, { docs: number; lines: number; chars: number; rewrites: number }> = {}
    for (const n of names) {
      for (const [id, s] of Object.entries(cleanWithReport(raw(n)).stats.cleaners)) {
        const w = (want[id] ??= { docs: 0, lines: 0, chars: 0, rewrites: 0 })
        w.docs++; w.lines += s.lines; w.chars += s.chars; w.rewrites += s.rewrites
      }
    }
    expect(Object.keys(want).length).toBeGreaterThan(3)
    const fmt = (x: number) => x.toLocaleString('en-US')
    for (const [id, w] of Object.entries(want)) {
      expect(r.stderr).toMatch(new RegExp(`^${id}\\s+${fmt(w.docs)}\\s+${fmt(w.lines)}\\s+${fmt(w.chars)}\\s+${fmt(w.rewrites)}$`, 'm'))
    }
    expect(r.stderr).toMatch(new RegExp(`^all \\(${names.length} documents\\)`, 'm'))
  })

  it('--help and --version', async () => {
    const help = await runCli(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout.toString()).toMatch(/^Usage: unscrape \[options\]/)
    expect(help.stdout.toString()).toContain('--on-error')
    const version = await runCli(['--version'])
    expect(version.code).toBe(0)
    expect(version.stdout.toString().trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version)
  })

  it('exits 2 with a clear message on bad arguments', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['--bogus'], /^unscrape: Unknown option '--bogus' \(see unscrape --help\)\n$/],
      [['--format', 'html'], /^unscrape: Unexpected --format 'html', expected paragraphs or preserve\n$/],
      [['--disable', 'no-such-cleaner'], /^unscrape: Unexpected cleaner id 'no-such-cleaner'/],
      [['--preset', 'nope'], /^unscrape: Unexpected preset 'nope'/],
      [['--workers', '0'], /^unscrape: Unexpected --workers '0', expected a positive integer\n$/],
      [['--field', 'text'], /^unscrape: Unexpected --field without --jsonl/],
      [['--jsonl', '--on-error', 'ignore'], /^unscrape: Unexpected --on-error 'ignore', expected keep, skip or fail\n$/],
      [['--diff', '--explain'], /^unscrape: Unexpected --diff with --explain/],
      [['--keep', '/[/'], /^unscrape: Unexpected keep pattern '\/\[\/'/],
      [['-o', 'x.txt', '--out-dir', 'y'], /^unscrape: Unexpected --output with --out-dir/],
      [['--out-dir', 'y'], /^unscrape: Unexpected stdin with --out-dir/],
    ]
    for (const [args, message] of cases) {
      const r = await runCli(args, { input: NOISY })
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.stderr, args.join(' ')).toMatch(message)
      expect(r.stdout.length, args.join(' ')).toBe(0)
    }
  })

  it('exits 2 on missing or unreadable files, before writing anything', async () => {
    const missing = await runCli([join(RAW, names[0]!), '/nonexistent/file.txt'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toBe("unscrape: Cannot read '/nonexistent/file.txt': no such file or folder\n")
    expect(missing.stdout.length).toBe(0)
    if (process.getuid?.() !== 0) {
      // root reads everything; elsewhere a file without read permission must be refused
      const dir = mkdtempSync(join(tmpdir(), 'unscrape-perm-'))
      const f = join(dir, 'secret.txt')
      writeFileSync(f, NOISY)
      chmodSync(f, 0o000)
      const r = await runCli([f])
      expect(r.code).toBe(2)
      expect(r.stderr).toMatch(/Cannot read '.*secret\.txt': EACCES/)
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('--output writes where the name points', () => {
  it('follows a symbolic link, writes to a named pipe and to /dev/null directly, keeps a file mode, refuses a folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unscrape-out-'))
    try {
      const want = clean(NOISY)
      // a link: the file it points to gets the output, the link stays a link
      const real = join(dir, 'real.txt')
      const link = join(dir, 'link.txt')
      writeFileSync(real, 'original')
      chmodSync(real, 0o640)
      symlinkSync(real, link)
      const viaLink = await runCli(['-o', link], { input: NOISY })
      expect(viaLink.code, viaLink.stderr).toBe(0)
      expect(lstatSync(link).isSymbolicLink()).toBe(true)
      expect(readFileSync(real, 'utf8')).toBe(want)
      expect(statSync(real).mode & 0o777).toBe(0o640)
      // a named pipe: the reader gets the output, the pipe stays a pipe
      const fifo = join(dir, 'pipe')
      execFileSync('mkfifo', [fifo])
      const chunks: Buffer[] = []
      const reader = new Promise<void>((resolve, reject) => {
        const s = createReadStream(fifo)
        s.on('data', (c) => chunks.push(c as Buffer))
        s.on('end', resolve)
        s.on('error', reject)
      })
      const viaPipe = await runCli(['-o', fifo], { input: NOISY })
      await reader
      expect(viaPipe.code, viaPipe.stderr).toBe(0)
      expect(Buffer.concat(chunks).toString('utf8')).toBe(want)
      expect(statSync(fifo).isFIFO()).toBe(true)
      // a device is written to directly (checked on the plan, not by writing: a regression run as
      // root would replace the machine's /dev/null)
      expect(outputPlan('/dev/null')).toEqual({ path: '/dev/null', direct: true })
      expect(outputPlan(fifo)).toEqual({ path: fifo, direct: true })
      expect(outputPlan(link)).toEqual({ path: real, direct: false, mode: 0o640 })
      expect(outputPlan(join(dir, 'new.txt'))).toEqual({ path: join(dir, 'new.txt'), direct: false })
      // a folder: refused before any work, naming the output as given
      const folder = join(dir, 'adir')
      mkdirSync(folder)
      const toFolder = await runCli(['-o', folder], { input: NOISY })
      expect(toFolder.code).toBe(1)
      expect(toFolder.stderr).toBe(`unscrape: Cannot write '${folder}': it is a folder\n`)
      expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
