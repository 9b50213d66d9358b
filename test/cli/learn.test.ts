/**
 * `unscrape --learn-templates` and `--templates`: learn the lines a site prints on every page,
 * then remove them; the CLI gives exactly what the library gives.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { clean, learnTemplates, siteOf } from '../../src/index.js'
import { ensureCli } from '../setup/build-cli.js'
import { runCli } from './run-cli.js'

const ROOT = join(import.meta.dirname, '..', '..')
const RAW = join(ROOT, 'corpus', 'raw')
const docs = readdirSync(RAW).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(RAW, f), 'utf8'))
const tmp = mkdtempSync(join(tmpdir(), 'unscrape-learn-'))
const SITES = {
  'news.example': { menu: ['Latest', 'Politics', 'Border', 'Economy'], footer: ['Terms and conditions of the newsroom', 'Tips: send us a story'] },
  'daily.example': { menu: ['Front page', 'Local', 'Obituaries'], footer: ['Subscriber services', 'Place a classified ad'] },
}
/** Every sample article on both sites, wrapped in the site's menu and footer. */
const records = Object.entries(SITES).flatMap(([site, { menu, footer }]) =>
  docs.map((d, i) => ({ id: `${site}/${i}`, url: `https://www.${site}/story/${i}`, text: [...menu, d, ...footer].join('\n') })))
const jsonl = records.map((r) => JSON.stringify(r)).join('\n') + '\n'

beforeAll(ensureCli, 120_000)
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe('unscrape --learn-templates', () => {
  it('learns per site from JSON Lines, as learnTemplates() does, and reports a broken line with its number', async () => {
    const file = join(tmp, 'in.jsonl')
    writeFileSync(file, jsonl.replace('\n', '\n{"text": broken\n'))
    const out = join(tmp, 'templates.json')
    const r = await runCli(['--jsonl', '--learn-templates', out, '--site-field', 'url', file])
    expect(r.code, r.stderr).toBe(0)
    expect(r.stderr).toContain('in.jsonl:2: malformed JSON')
    expect(r.stderr).toContain(`learned 11 template lines of 2 sites from ${records.length} documents (1 record skipped)`)
    const learned = JSON.parse(readFileSync(out, 'utf8'))
    expect(learned).toEqual(learnTemplates(records.map((x) => ({ text: x.text, group: siteOf(x.url) }))))
    expect(Object.keys(learned.groups)).toEqual(['daily.example', 'news.example'])
  })

  it('cleans with --templates exactly as the library does, removing each site\'s template', async () => {
    const file = join(tmp, 't.json')
    const templates = learnTemplates(records.map((x) => ({ text: x.text, group: siteOf(x.url) })))
    writeFileSync(file, JSON.stringify(templates))
    const r = await runCli(['--jsonl', '-q', '--workers', '2', '--batch-size', '2', '--templates', file], { input: jsonl })
    expect(r.code, r.stderr).toBe(0)
    const out = r.stdout.toString().split('\n').slice(0, -1).map((l) => JSON.parse(l) as { text: string })
    expect(out).toHaveLength(records.length)
    out.forEach((o, i) => {
      expect(o.text).toBe(clean(records[i]!.text, { cleaners: { 'site-template': { templates } } }))
      for (const { menu, footer } of Object.values(SITES)) for (const l of [...menu, ...footer]) expect(o.text.split('\n')).not.toContain(l)
    })
  })

  it('learns from text files as one site', async () => {
    records.slice(0, docs.length).forEach((x, i) => { writeFileSync(join(tmp, `p${i}.txt`), x.text) })
    const out = join(tmp, 'one.json')
    const r = await runCli(['--learn-templates', out, '-q', ...docs.map((_, i) => join(tmp, `p${i}.txt`))])
    expect(r.code, r.stderr).toBe(0)
    expect(r.stderr).toBe('')
    expect(Object.keys(JSON.parse(readFileSync(out, 'utf8')).groups[''].lines)).toHaveLength(6) // the menu and footer of news.example
  })

  it('rejects bad templates and flags that do not go together, with exit code 2', async () => {
    const bad = join(tmp, 'bad.json')
    writeFileSync(bad, '{"version": 1, "groups": {"x": {"documents": 2, "lines": {"a": 3}}}}')
    let r = await runCli(['--templates', bad], { input: 'text' })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("count of line 'a' in group 'x' in templates")
    r = await runCli(['--templates', join(tmp, 'missing.json')], { input: 'text' })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('Cannot read templates')
    r = await runCli(['--site-field', 'url', '--jsonl'], { input: '' })
    expect(r.code).toBe(2)
    r = await runCli(['--learn-templates', join(tmp, 'x.json'), '-o', join(tmp, 'y.txt')], { input: '' })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('Unexpected --output with --learn-templates')
  })
})
