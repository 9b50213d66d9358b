#!/usr/bin/env node
// Runs the boilerplate classifier of src/classifier over a folder of scraped texts:
//   node scripts/classify-dir.mjs IN_DIR OUT_DIR [--preset precision|balanced|recall] [--reasons FILE]
// Reads IN_DIR/*.txt, splits non-blank lines (gapBefore = a blank line precedes), classifies,
// writes the kept lines joined by a blank line to OUT_DIR/<name>.txt. For the eval harness:
//   /work/shared/eval/run.sh --dir 'node /work/main/scripts/classify-dir.mjs'
// The TypeScript is bundled on the fly with esbuild (shipped with tsup).
import { build } from 'esbuild'
import { readFileSync, readdirSync, writeFileSync, mkdirSync, appendFileSync, rmSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const flag = name => { const i = args.indexOf(name); if (i < 0) return undefined; const v = args[i + 1]; args.splice(i, 2); return v }
const preset = flag('--preset') ?? process.env.UNSCRAPE_PRESET ?? 'balanced'
const reasons = flag('--reasons')
const [inDir, outDir] = args
if (!inDir || !outDir) { console.error('usage: classify-dir.mjs IN_DIR OUT_DIR [--preset P] [--reasons FILE]'); process.exit(2) }

const bundle = join(ROOT, 'node_modules', '.cache', 'unscrape-fit', `classify-dir-${process.pid}.mjs`)
await build({ entryPoints: [join(ROOT, 'src/classifier/index.ts')], bundle: true, format: 'esm', platform: 'neutral', outfile: bundle, logLevel: 'error' })
const { classifyLines } = await import(pathToFileURL(bundle).href)
rmSync(bundle, { force: true })

export function readLines(text) {
  const lines = []
  let gap = false
  for (const r of text.split(/\r\n|\r|\n|\u2028|\u2029/)) {
    const t = r.replace(/[\s\u00a0]+/g, ' ').trim()
    if (!t) { gap = true; continue }
    lines.push({ text: t, gapBefore: gap })
    gap = false
  }
  return lines
}

mkdirSync(outDir, { recursive: true })
if (reasons) writeFileSync(reasons, '')
let fellBack = 0
for (const name of readdirSync(inDir).filter(f => f.endsWith('.txt')).sort()) {
  const lines = readLines(readFileSync(join(inDir, name), 'utf8'))
  const res = classifyLines(lines, { preset })
  if (res.fellBack) fellBack++
  const kept = lines.filter((_, i) => res.verdicts[i].keep).map(l => l.text)
  writeFileSync(join(outDir, name), kept.join('\n\n') + (kept.length ? '\n' : ''))
  if (reasons) {
    const rows = lines.map((l, i) => `${name}\t${i + 1}\t${res.verdicts[i].keep ? 'KEEP' : 'DROP'}\t${res.verdicts[i].label}\t${l.text.slice(0, 100)}\t${res.verdicts[i].reason}`)
    appendFileSync(reasons, `# ${name} lang=${res.language} fellBack=${res.fellBack}${res.note ? ' ' + res.note : ''}\n` + rows.join('\n') + '\n')
  }
}
if (fellBack) console.error(`safety valve fired on ${fellBack} documents`)
