import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CLI_OPTIONS, HELP } from '../../src/cli/args.js'

const docs = readFileSync(join(__dirname, '..', '..', 'docs', 'cli.md'), 'utf8')

describe('CLI options', () => {
  const names = Object.keys(CLI_OPTIONS)
  it('has options to check', () => {
    expect(names.length).toBeGreaterThan(25)
  })
  for (const name of names) {
    it(`--${name} is in --help and in docs/cli.md's table`, () => {
      expect(HELP).toMatch(new RegExp(`(^|[\\s,])--${name}\\b`, 'm'))
      expect(docs).toMatch(new RegExp(`^\\|[^\\n]*--${name}\\b`, 'm'))
    })
  }
})
