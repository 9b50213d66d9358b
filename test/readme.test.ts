import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { cleaners } from '../src/index.js'
import { ROOT } from './helpers/corpus.js'

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')

it('the README lists every cleaner with its default and description (node scripts/readme-table.mjs)', () => {
  for (const c of cleaners) {
    const row = readme.split('\n').find((l) => l.startsWith(`| \`${c.id}\` |`))
    expect(row, c.id).toBeDefined()
    expect(row).toContain(`| ${c.enabled ? 'on' : 'off'} |`)
    expect(row).toContain(c.description.replace(/\|/g, '\\|'))
    for (const option of Object.keys(c.defaults ?? {})) expect(row).toContain(`\`${option}\``)
  }
  const rows = readme.split('\n').filter((l) => /^\| `[a-z-]+` \| (noise|normalise) \|/.test(l))
  expect(rows).toHaveLength(cleaners.length)
})

it('the README names the two set-up commands', () => {
  expect(readme).toContain('npm install && npm run demo')
  expect(readme).toContain('npm test')
})
