/**
 * Paragraphs the trees are sure of stay, whatever the decoder's switch costs chose (below the
 * first kept line; above it when they share the kept text's words). Scores are given, so the
 * test reads the rule, not the shipped trees.
 */
import { describe, expect, it } from 'vitest'
import { classifyPrepared, prepare, SURE_ARTICLE } from '../../src/classifier/classify.js'
import { WEIGHTS } from '../../src/classifier/weights.js'
import type { ClassifierLine } from '../../src/classifier/types.js'

const PROSE = 'The council voted on Tuesday to close the old bridge to traffic after engineers found deep cracks in two of its piers, the mayor said.'
const VERDICT = 'Our verdict after three weeks of testing is that the lighter model is the better buy for most people who ride to work every day.'
const MENU = ['Home', 'News', 'Sport', 'Weather', 'Travel', 'Culture', 'Business', 'Health', 'Science', 'Opinion']
const spec = (i: number): string => `${MENU[i % 10]!} ${i < 10 ? 'Desk' : 'Pages'}`

/** Article, a run of menu lines, a sure paragraph, more menu lines; scores per line. */
function page(verdictScore: number, verdictFirst = false): { lines: ClassifierLine[]; scores: Float64Array; at: number } {
  const text = verdictFirst
    ? [VERDICT, ...Array.from({ length: 10 }, (_, i) => spec(i)), PROSE, PROSE, ...Array.from({ length: 10 }, (_, i) => spec(i + 10))]
    : [PROSE, PROSE, ...Array.from({ length: 10 }, (_, i) => spec(i)), VERDICT, ...Array.from({ length: 10 }, (_, i) => spec(i + 10))]
  const lines = text.map((t) => ({ text: t, gapBefore: true }))
  const at = text.indexOf(VERDICT)
  const scores = Float64Array.from(text, (t, i) => (i === at ? verdictScore : t === PROSE ? 4 : -4))
  return { lines, scores, at }
}

describe('sure paragraphs', () => {
  it('keeps a paragraph the trees are sure of between runs of chrome below the article', () => {
    const { lines, scores, at } = page(SURE_ARTICLE + 0.1)
    const res = classifyPrepared(prepare(lines), WEIGHTS, 'balanced', scores)
    expect(res.verdicts[at]!.keep).toBe(true)
    // the chrome around it still goes
    expect(res.verdicts[at - 1]!.keep).toBe(false)
    expect(res.verdicts[at + 1]!.keep).toBe(false)
  })

  it('leaves the decoder its choice below the threshold, and above the first kept line', () => {
    const unsure = page(SURE_ARTICLE - 0.5)
    expect(classifyPrepared(prepare(unsure.lines), WEIGHTS, 'balanced', unsure.scores).verdicts[unsure.at]!.keep).toBe(false)
    const above = page(SURE_ARTICLE + 0.1, true)
    expect(classifyPrepared(prepare(above.lines), WEIGHTS, 'balanced', above.scores).verdicts[above.at]!.keep).toBe(false)
  })

  it('keeps a sure paragraph above the first kept line when it shares the kept text\'s words', () => {
    // an introduction above a long menu of the products it reviews, then the article
    const INTRO = 'Engineers found deep cracks in the piers of the old bridge, and the council voted to close it to traffic while the mayor said repairs would start.'
    const text = [INTRO, ...Array.from({ length: 10 }, (_, i) => spec(i)), PROSE, PROSE, ...Array.from({ length: 10 }, (_, i) => spec(i + 10))]
    const lines = text.map((t) => ({ text: t, gapBefore: true }))
    const scores = Float64Array.from(text, (t, i) => (i === 0 ? SURE_ARTICLE + 0.1 : t === PROSE ? 4 : -4))
    const res = classifyPrepared(prepare(lines), WEIGHTS, 'balanced', scores)
    expect(res.verdicts[0]!.keep).toBe(true)
    // the menu between stays out (its last line may stay as the heading of the kept text)
    expect(res.verdicts.slice(1, 10).some((v) => v.keep)).toBe(false)
    // an unsure one stays dropped
    scores[0] = SURE_ARTICLE - 0.5
    expect(classifyPrepared(prepare(lines), WEIGHTS, 'balanced', scores).verdicts[0]!.keep).toBe(false)
    // and the presets stay nested above the article too
    for (const score of [SURE_ARTICLE - 1.2, SURE_ARTICLE - 0.5, SURE_ARTICLE + 0.1, SURE_ARTICLE + 1.2]) {
      scores[0] = score
      const kept = (['recall', 'balanced', 'precision'] as const).map((p) => classifyPrepared(prepare(lines), WEIGHTS, p, scores).verdicts[0]!.keep)
      expect(kept, `score ${score}`).toEqual([...kept].sort())
    }
  })

  it('keeps the presets nested (a line kept by recall is kept by balanced and precision)', () => {
    for (const score of [SURE_ARTICLE - 1.2, SURE_ARTICLE - 0.5, SURE_ARTICLE + 0.1, SURE_ARTICLE + 1.2]) {
      const { lines, scores, at } = page(score)
      const kept = (['recall', 'balanced', 'precision'] as const).map((p) => classifyPrepared(prepare(lines), WEIGHTS, p, scores).verdicts[at]!.keep)
      expect(kept, `score ${score}`).toEqual([...kept].sort())
    }
  })
})
