import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../helpers/corpus.js'

const require = createRequire(import.meta.url)
const pkg = require(join(ROOT, 'package.json'))

/** Every subpath of the exports map that is a JS entry. */
const entries = Object.entries(pkg.exports as Record<string, unknown>).filter(([k]) => k !== './package.json')

describe.each(entries)('export %s', (subpath, target) => {
  const t = target as { import: { default: string }; require: { default: string } }
  it('CJS (require) and ESM (import) builds expose the same names', async () => {
    const cjs = require(join(ROOT, t.require.default))
    const esm = await import(pathToFileURL(join(ROOT, t.import.default)).href)
    const names = Object.keys(esm).sort()
    expect(names.length).toBeGreaterThan(0)
    expect(Object.keys(cjs).sort()).toEqual(names)
    expect(names).not.toContain('default')
  })
})

it('the CJS build cleans like the ESM build', async () => {
  const cjs = require(join(ROOT, 'dist/index.cjs'))
  const esm = await import(pathToFileURL(join(ROOT, 'dist/index.js')).href)
  const input = 'Title Line Here\n0\nLeave a Reply\nBody text.'
  expect(cjs.clean(input)).toBe(esm.clean(input))
  expect(cjs.clean(input)).toBe('Title Line Here\n\nBody text.\n')
})

it('unscrape/unified uses the core of the package instead of bundling a second copy', async () => {
  const { readFileSync } = await import('node:fs')
  const esm = readFileSync(join(ROOT, 'dist/unified.js'), 'utf8')
  const cjs = readFileSync(join(ROOT, 'dist/unified.cjs'), 'utf8')
  expect(esm).toMatch(/from "unscrape"/)
  expect(cjs).toMatch(/require\("unscrape"\)/)
  expect(esm).not.toContain('function lineFeatures')
})
