#!/usr/bin/env node
/**
 * Worst-case inputs: clean() on adversarial shapes at two sizes, n and 4n. A ratio near 4 is
 * linear; near 16 is quadratic, which on a corpus means one odd document stalling a worker. Each
 * shape here was quadratic once, or is a usual suspect of backtracking regexes (runs of one
 * character, unclosed openers, long words, many short lines).
 *
 *   node bench/worst-case.mjs            (npm run bench runs it too)
 *   BENCH_DIST=path node bench/worst-case.mjs   another build
 *
 * Prints the minimum of 3 runs per size (the least disturbed by other load on the machine). On
 * inputs of hundreds of thousands of lines, caches and garbage collection push a linear ratio up
 * to 5–7, and so does a bounded scan not yet at its bound at n (the 500 lines read after each
 * "Table of Contents"); a quadratic one is 16.
 */
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const dist = process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : join(root, 'dist')
const { createCleaner } = await import(pathToFileURL(join(dist, 'index.js')).href)

const prose = (i) => `The council voted on day ${i} to close the old bridge after engineers found cracks in two supports.`
const paragraphs = (m) => Array.from({ length: m }, (_, i) => prose(i)).join('\n')
const PLACES = ['river', 'bridge', 'market', 'garden', 'harbour', 'station', 'museum', 'library', 'castle', 'forest', 'valley', 'tower', 'island', 'meadow', 'canal', 'square', 'orchard', 'quarry']
const place = (i, k = 0) => PLACES[(i * 7 + k * 5) % PLACES.length]
/** A share line, a headline and a teaser: the context rules used to add one such unit per pass. */
const teaserUnit = (i) => `Share on Facebook\nCouncil Plans To Rebuild The ${place(i)[0].toUpperCase() + place(i).slice(1)} Next Year\nTen things to see near the ${place(i)} this weekend, from the ${place(i, 1)} to the ${place(i, 2)} and more…`
/** name, unit count n, builder: the input of n units. */
const SHAPES = [
  ['a run of dots', 20_000, (n) => '.'.repeat(n)],
  ['a run of "?!"', 20_000, (n) => '?!'.repeat(n / 2)],
  ['spaces inside a line', 20_000, (n) => 'a' + ' '.repeat(n) + 'b'],
  ['tabs inside a line', 20_000, (n) => 'a' + '\t'.repeat(n) + 'b'],
  ['no-break spaces', 20_000, (n) => 'a\u00a0'.repeat(n / 2)],
  ['unclosed "<!--"', 20_000, (n) => '<!--'.repeat(n / 4)],
  ['unclosed "<script>"', 20_000, (n) => '<script>'.repeat(n / 8)],
  ['unclosed "<![CDATA["', 20_000, (n) => '<![CDATA['.repeat(n / 9)],
  ['"<br>" tags', 20_000, (n) => 'a<br>'.repeat(n / 5)],
  ['entities "&amp;"', 20_000, (n) => '&amp;'.repeat(n / 5)],
  ['one long word', 20_000, (n) => 'a'.repeat(n)],
  ['one long prose line', 200_000, (n) => prose(0).repeat(n / 100)],
  ['capitalised words', 20_000, (n) => 'Word '.repeat(n / 5)],
  ['a long URL', 20_000, (n) => 'https://example.com/' + 'a/'.repeat(n / 2)],
  ['mojibake "Ã©"', 20_000, (n) => 'Ã©'.repeat(n / 2)],
  ['emoji', 20_000, (n) => '😀'.repeat(n / 2)],
  ['combining marks', 20_000, (n) => 'e\u0301'.repeat(n / 2)],
  ['letters, then "1-"', 20_000, (n) => 'x' + 'a'.repeat(n) + '1-\nnext line here'],
  ['tags after a long text', 40_000, (n) => 'x'.repeat(n) + '<b>'.repeat(n / 8) + 'y'],
  ['a credit of slashes', 0, () => 'via: ' + 'a.co/ee'.repeat(15) + ' !'],
  ['"Tags:" lines in an article', 60_000, (n) => paragraphs(8) + '\n' + 'Tags:\n'.repeat(n / 6) + paragraphs(100)],
  ['the title printed again', 400_000, (n) => 'Mexican President Rejects Offer Of US Troops\n' + prose(1) + '\n' + 'Mexican President Rejects Offer Of US Troops\n'.repeat(n / 45)],
  ['contents headings repeated', 30_000, (n) => paragraphs(3) + '\n' + 'Table of Contents\nIntro Part\n'.repeat(n / 29) + paragraphs(3)],
  ['share, headline, teaser', 600_000, (n) => Array.from({ length: n / 150 }, (_, i) => teaserUnit(i)).join('\n') + '\n' + paragraphs(4)],
  // a reading time under every entry: given back as table cells, then taken again a line a round
  ['reading times under entries', 100_000, (n) => paragraphs(n / 300) + '\n1. Old Harbour Stop\n' + prose(0) + '\n' + Array.from({ length: n / 700 }, (_, i) => `Related\n${i + 2}. Harbour Stop Number ${i}\n${'5 min read\n'.repeat(20)}${prose(i)}`).join('\n')],
  ['short lines', 100_000, (n) => 'x\n'.repeat(n / 2)],
  ['the same menu line', 200_000, (n) => 'Home\n'.repeat(n / 5)],
  ['paragraphs and headings', 200_000, (n) => Array.from({ length: n / 120 }, (_, i) => (i % 2 ? prose(i) : `Section heading ${i}`)).join('\n\n')],
]

const cleaner = createCleaner()
cleaner.clean(prose(0))
/** Minimum of 3 runs, in ms. */
function time(text) {
  let best = Infinity
  for (let r = 0; r < 3; r++) {
    const t = process.hrtime.bigint()
    cleaner.clean(text)
    best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e6)
  }
  return best
}

console.log(`${'shape'.padEnd(26)} ${'n chars'.padStart(9)} ${'ms'.padStart(8)} ${'4n chars'.padStart(9)} ${'ms'.padStart(8)} ${'ratio'.padStart(6)}  (4 = linear, 16 = quadratic)`)
let worst = 0
for (const [name, n, build] of SHAPES) {
  const a = build(n)
  const ta = time(a)
  if (n === 0) { console.log(`${name.padEnd(26)} ${String(a.length).padStart(9)} ${ta.toFixed(1).padStart(8)}  (one line under a length gate: was exponential)`); continue }
  if (ta > 2000) { console.log(`${name.padEnd(26)} ${String(a.length).padStart(9)} ${ta.toFixed(1).padStart(8)}  (too slow at n: not run at 4n)`); worst = Infinity; continue }
  const b = build(4 * n)
  const tb = time(b)
  // below a few ms the ratio is noise: compare against at least 1 ms at n
  const ratio = tb / Math.max(ta, 1)
  worst = Math.max(worst, ratio)
  console.log(`${name.padEnd(26)} ${String(a.length).padStart(9)} ${ta.toFixed(1).padStart(8)} ${String(b.length).padStart(9)} ${tb.toFixed(1).padStart(8)} ${ratio.toFixed(1).padStart(6)}`)
}
console.log(`largest ratio: ${worst === Infinity ? 'a shape too slow to run at 4n' : worst.toFixed(1)}`)
