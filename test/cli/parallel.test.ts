/**
 * The scale-out contract: the JSONL filter keeps order and count, so it runs unchanged under GNU
 * parallel --pipe (and Hadoop Streaming, Spark RDD.pipe): chunked and run in many processes, it
 * gives the same bytes as one process. Skipped (saying so) only when `parallel` is not installed.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ensureCli } from '../setup/build-cli.js'
import { cliPath } from './run-cli.js'

const ROOT = join(import.meta.dirname, '..', '..')
const RAW = join(ROOT, 'corpus', 'raw')
const haveParallel = spawnSync('parallel', ['--version'], { stdio: 'ignore' }).status === 0
if (!haveParallel) console.warn('[parallel test] skipped: GNU parallel is not installed (apt-get install parallel)')

beforeAll(ensureCli, 120_000)

describe.skipIf(!haveParallel)(`GNU parallel --pipe${haveParallel ? '' : ' (skipped: parallel not found)'}`, () => {
  it('gives the same output bytes as one process', () => {
    const docs = readdirSync(RAW).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(RAW, f), 'utf8'))
    const dir = mkdtempSync(join(tmpdir(), 'unscrape-parallel-'))
    const input = join(dir, 'in.jsonl')
    let s = ''
    for (let i = 0; i < 3500; i++) {
      // a malformed record now and then: passed through, in place, by both
      s += i % 997 === 500 ? `{"id": ${i}, "text": oops}\n` : JSON.stringify({ id: i, text: docs[i % docs.length] + `\nRecord ${i}.\n` }) + '\n'
    }
    writeFileSync(input, s)
    const one = execFileSync('bash', ['-c', `node "${cliPath}" --jsonl --workers 1 -q 2>/dev/null < "${input}"`], { maxBuffer: 1 << 30 })
    const many = execFileSync('bash', ['-c',
      `parallel --will-cite --pipe --keep-order -N 1000 node "${cliPath}" --jsonl --workers 1 -q 2>/dev/null < "${input}"`], { maxBuffer: 1 << 30 })
    expect(one.toString().split('\n')).toHaveLength(3501)
    expect(many.length).toBe(one.length)
    expect(many.equals(one)).toBe(true)
    rmSync(dir, { recursive: true, force: true })
  })
})
