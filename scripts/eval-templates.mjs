#!/usr/bin/env node
// Site templates on the development benchmark: the only pages that share a site (24 pages of 11
// sites in ../shared/eval/dev), templates learned per host with minDocuments 2, F1 with and
// without them, with and without the block classifier.
//   node scripts/eval-templates.mjs [naive|light]
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { tokenize, prf } from './lib/metric.mjs'

const SPLIT = new URL('../../shared/eval/dev', import.meta.url).pathname
const { createCleaner, learnTemplates, siteOf } = await import(new URL('../dist/index.js', import.meta.url).href)
const variant = process.argv[2] ?? 'naive'
const L = readFileSync(join(SPLIT, 'manifest.jsonl'), 'utf8').trim().split('\n').map(JSON.parse)
const by = {}
for (const r of L) (by[siteOf(r.url)] ??= []).push(r.id)
const docs = Object.entries(by).filter(([, v]) => v.length >= 2).flatMap(([h, ids]) => ids.map((id) => ({ id, group: h, text: readFileSync(join(SPLIT, variant, id + '.txt'), 'utf8'), gold: readFileSync(join(SPLIT, 'gold', id + '.txt'), 'utf8') })))
const templates = learnTemplates(docs, { minDocuments: 2 })
const base = createCleaner(), withT = createCleaner({ cleaners: { 'site-template': { templates } } })
const noCls = createCleaner({ cleaners: { boilerplate: false } }), noClsT = createCleaner({ cleaners: { boilerplate: false, 'site-template': { templates } } })
const s = { base: [0, 0, 0], withT: [0, 0, 0], noCls: [0, 0, 0], noClsT: [0, 0, 0] }
const cl = { base, withT, noCls, noClsT }
for (const d of docs) for (const k in cl) { const r = prf(tokenize(cl[k].clean(d.text)), tokenize(d.gold)); s[k][0] += r.precision; s[k][1] += r.recall; s[k][2] += r.f1 }
console.log(variant, docs.length, 'docs on', Object.keys(templates.groups).length, 'sites with templates,', Object.values(templates.groups).reduce((a, g) => a + Object.keys(g.lines).length, 0), 'template lines')
for (const k in s) console.log(k.padEnd(8), s[k].map((x) => (x / docs.length).toFixed(3)).join(' '))
