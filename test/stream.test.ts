/**
 * The streaming API (src/stream.ts): cleanStream over sync and async iterables, and the Web Streams
 * TransformStream. Both must give what clean() / cleanWithReport() give, in order.
 */
import { describe, expect, it } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { clean, cleanWithReport } from '../src/index.js'
import { cleanStream, createCleanTransform } from '../src/stream.js'

const RAW = join(import.meta.dirname, '..', 'corpus', 'raw')
const docs = readdirSync(RAW).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(RAW, f), 'utf8'))

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = []
  for await (const x of it) out.push(x)
  return out
}

describe('cleanStream', () => {
  it('yields cleanWithReport results in order from a sync iterable', async () => {
    const got = await collect(cleanStream(docs))
    expect(got).toEqual(docs.map((d) => cleanWithReport(d)))
  })

  it('takes an async iterable and options', async () => {
    async function* slow() {
      for (const d of docs) { await new Promise((r) => setTimeout(r, 1)); yield d }
    }
    const options = { format: 'preserve' as const, cleaners: { 'id-line': false } }
    const got = await collect(cleanStream(slow(), options))
    expect(got.map((r) => r.text)).toEqual(docs.map((d) => clean(d, options)))
  })

  it('pulls lazily: nothing is cleaned before it is asked for', async () => {
    let pulled = 0
    function* counting() { for (const d of docs) { pulled++; yield d } }
    const it = cleanStream(counting())[Symbol.asyncIterator]()
    expect(pulled).toBe(0)
    await it.next()
    expect(pulled).toBe(1)
    await it.return(undefined)
  })

  it('throws on bad options and on a non-string item, naming its index', async () => {
    await expect(collect(cleanStream(docs, { preset: 'nope' as never }))).rejects.toThrow(/Unexpected preset 'nope'/)
    await expect(collect(cleanStream(['ok', 5 as never]))).rejects.toThrow(/Unexpected number at index 1 of the source, expected a string/)
  })
})

describe('createCleanTransform', () => {
  it('cleans each chunk as one document, in order', async () => {
    const source = new ReadableStream<string>({
      start(c) { for (const d of docs) c.enqueue(d); c.close() },
    })
    const out: string[] = []
    await source.pipeThrough(createCleanTransform()).pipeTo(new WritableStream({ write(chunk) { out.push(chunk) } }))
    expect(out).toEqual(docs.map((d) => clean(d)))
  })

  it('compiles once, when created: bad options throw there', () => {
    expect(() => createCleanTransform({ cleaners: { nope: false } })).toThrow(/Unexpected cleaner id 'nope'/)
  })

  it('errors the stream on a chunk that is not a string', async () => {
    const source = new ReadableStream<unknown>({ start(c) { c.enqueue(42); c.close() } })
    await expect(source.pipeThrough(createCleanTransform() as never).pipeTo(new WritableStream())).rejects.toThrow(/Unexpected chunk of type number/)
  })

  it('uses no Node APIs', () => {
    const src = readFileSync(join(import.meta.dirname, '..', 'src', 'stream.ts'), 'utf8')
    expect(src).not.toMatch(/from ['"](node:|fs|path|stream|zlib|os)/)
  })
})
