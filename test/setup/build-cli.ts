/**
 * Build the CLI (dist/cli.js, dist/cli-worker.js) when it is missing or older than any source
 * file, with the settings of the package build (tsup: ESM, node20, shebang, dependencies
 * external), without declarations: about a second.
 *
 * Used as a vitest globalSetup (after test/setup/build.ts, whose full build may clean dist/) and
 * called again by the CLI tests in beforeAll (a no-op when fresh; a lock directory keeps
 * concurrent test files from building at once).
 */
import { mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = fileURLToPath(new URL('../..', import.meta.url))
export const cliPath = join(root, 'dist', 'cli.js')
const outputs = [cliPath, join(root, 'dist', 'cli-worker.js')]

function newestSource(dir: string): number {
  let newest = 0
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    if (e.isDirectory()) newest = Math.max(newest, newestSource(p))
    else if (/\.(ts|json)$/.test(e.name)) newest = Math.max(newest, statSync(p).mtimeMs)
  }
  return newest
}

export function cliIsStale(): boolean {
  let oldest = Infinity
  for (const f of outputs) {
    try { oldest = Math.min(oldest, statSync(f).mtimeMs) } catch { return true }
  }
  return Math.max(newestSource(join(root, 'src')), statSync(join(root, 'package.json')).mtimeMs) > oldest
}

/** The CLI bundle; `outDir` other than dist/ is for experiments (the worker file sits next to cli.js). */
export async function buildCli(outDir = join(root, 'dist')): Promise<void> {
  const { build } = await import('tsup')
  const { coreFromPackage } = await import('../../tsup.config.js')
  await build({
    config: false,
    entry: { cli: join(root, 'src/cli/main.ts'), 'cli-worker': join(root, 'src/cli/worker.ts') },
    outDir,
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    splitting: false,
    sourcemap: false,
    dts: false,
    clean: false,
    silent: true,
    banner: { js: '#!/usr/bin/env node' },
    esbuildPlugins: [coreFromPackage],
  })
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Build if stale, once across concurrent callers. */
export async function ensureCli(): Promise<void> {
  if (!cliIsStale()) return
  const lock = join(root, 'dist', '.cli-build.lock')
  mkdirSync(join(root, 'dist'), { recursive: true })
  for (let waited = 0; ; waited += 100) {
    try { mkdirSync(lock); break } catch {
      // Another process builds; a lock older than a minute is stale (a crashed build).
      try { if (Date.now() - statSync(lock).mtimeMs > 60_000) rmdirSync(lock) } catch { /* gone */ }
      if (waited > 120_000) throw new Error(`Timed out waiting for ${lock}`)
      await sleep(100)
    }
  }
  try {
    if (cliIsStale()) await buildCli()
  } finally {
    rmdirSync(lock)
  }
}

export default async function setup(): Promise<void> {
  await ensureCli()
}
