/**
 * The core (src/index.ts + src/stream.ts) bundled for the browser and run in headless Chromium:
 * proves it uses no Node APIs, and that clean, cleanStream and createCleanTransform give the same
 * results there as in Node. Skipped (saying so) only when /usr/bin/chromium is absent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'esbuild'
import type { Browser } from 'playwright-core'
import { clean, cleanWithReport } from '../../src/index.js'

const ROOT = join(import.meta.dirname, '..', '..')
const CHROMIUM = '/usr/bin/chromium'
const RAW = join(ROOT, 'corpus', 'raw')
const docs = readdirSync(RAW).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(RAW, f), 'utf8'))
const haveChromium = existsSync(CHROMIUM)

if (!haveChromium) console.warn(`[browser test] skipped: ${CHROMIUM} does not exist (apt-get install chromium)`)

async function bundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: "export * from './src/index.ts'\nexport { cleanStream, createCleanTransform } from './src/stream.ts'\n",
      resolveDir: ROOT,
      sourcefile: 'browser-entry.ts',
      loader: 'ts',
    },
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'unscrape',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  })
  return result.outputFiles[0]!.text
}

describe.skipIf(!haveChromium)(`core in headless Chromium${haveChromium ? '' : ` (skipped: ${CHROMIUM} not found)`}`, () => {
  let browser: Browser | undefined
  let code = ''

  beforeAll(async () => {
    code = await bundle() // fails here, naming the import, if the core reaches for a Node API
    const { chromium } = await import('playwright-core')
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    })
  }, 120_000)

  afterAll(async () => { await browser?.close() })

  it('bundles for the browser without Node built-ins', () => {
    expect(code.length).toBeGreaterThan(1000)
    expect(code).not.toMatch(/require\(["'](node:)?(fs|path|os|stream|zlib|worker_threads)["']\)/)
  })

  it('clean, cleanStream and createCleanTransform give the Node results', async () => {
    const page = await browser!.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(String(e)))
    // No network: the page is set from a string and the bundle is inlined.
    await page.route('**/*', (route) => route.abort())
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>')
    await page.addScriptTag({ content: code })
    const got = await page.evaluate(async (input: string[]) => {
      const u = (globalThis as any).unscrape
      const direct = input.map((d) => u.clean(d))
      const streamed: unknown[] = []
      async function* source() { for (const d of input) yield d }
      for await (const r of u.cleanStream(source())) streamed.push(r)
      const transformed: string[] = []
      const rs = new ReadableStream<string>({ start(c) { for (const d of input) c.enqueue(d); c.close() } })
      await rs.pipeThrough(u.createCleanTransform({ format: 'preserve' })).pipeTo(new WritableStream({ write(ch: string) { transformed.push(ch) } }))
      return { direct, streamed: JSON.parse(JSON.stringify(streamed)), transformed, ua: navigator.userAgent }
    }, docs)
    await page.close()
    expect(errors).toEqual([])
    expect(got.ua).toMatch(/HeadlessChrome/)
    expect(got.direct).toEqual(docs.map((d) => clean(d)))
    expect(got.streamed).toEqual(JSON.parse(JSON.stringify(docs.map((d) => cleanWithReport(d)))))
    expect(got.transformed).toEqual(docs.map((d) => clean(d, { format: 'preserve' })))
  })
})
