import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { packTrees, predict, type FittedTrees, type TreeSet } from '../../src/classifier/model.js'
import { WEIGHTS } from '../../src/classifier/weights.js'

/**
 * The simple form predict must equal: row by row, each tree walked over the preorder node arrays
 * (the left child of a split is the next node, the right one follows the left subtree), leaves
 * added in tree order.
 */
function predictSimple(w: TreeSet, X: Float64Array, n: number, F: number): Float64Array {
  const N = w.f.length
  // index of each node's threshold (splits) or value (leaves), and where each subtree ends
  const slot = new Array<number>(N)
  let splits = 0, leaves = 0
  for (let k = 0; k < N; k++) slot[k] = w.f[k]! >= 0 ? splits++ : leaves++
  const end = (k: number): number => (w.f[k]! < 0 ? k + 1 : end(end(k + 1)))
  const roots: number[] = []
  for (let k = 0; k < N; k = end(k)) roots.push(k)
  const out = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    let s = w.base
    for (const root of roots) {
      let node = root
      while (w.f[node]! >= 0) node = X[i * F + w.f[node]!]! <= w.t[slot[node]!]! ? node + 1 : end(node + 1)
      s += w.v[slot[node]!]!
    }
    out[i] = s
  }
  return out
}

const same = (a: Float64Array, b: Float64Array): boolean => a.length === b.length && a.every((x, i) => Object.is(x, b[i]))

/** Feature values that hit thresholds exactly, signed zeros, infinities and NaN as well as ordinary numbers. */
const value = fc.oneof(
  fc.constantFrom(0, -0, 1, -1, 0.5, Infinity, -Infinity, NaN),
  fc.double({ min: -4, max: 4, noNaN: true }),
)

/** A random tree of at most `depth` levels over `F` features, in the fitted (per-tree node arrays) shape. */
function tree(F: number, depth: number): fc.Arbitrary<FittedTrees['trees'][number]> {
  return fc.array(fc.tuple(fc.boolean(), fc.nat(F - 1), value, fc.double({ min: -1, max: 1, noNaN: true })), { minLength: 2 ** (depth + 1), maxLength: 2 ** (depth + 1) })
    .map((draws) => {
      const t = { f: [] as number[], t: [] as number[], l: [] as number[], r: [] as number[], v: [] as number[] }
      let next = 0
      const grow = (d: number): number => {
        const at = t.f.length
        const [split, f, thr, v] = draws[next++ % draws.length]!
        t.f.push(-1); t.t.push(0); t.l.push(-1); t.r.push(-1); t.v.push(v)
        if (d < depth && (split || d === 0)) {
          t.f[at] = f; t.t[at] = Number.isNaN(thr) ? 0 : thr
          t.l[at] = grow(d + 1)
          t.r[at] = grow(d + 1)
        }
        return at
      }
      grow(0)
      return t
    })
}

describe('packTrees', () => {
  it('stores the nodes in preorder whatever the order of the fitted arrays', () => {
    // one tree, x0 <= 0.5 ? (x1 <= 2 ? 0.1 : 0.2) : 0.3, its nodes given breadth first
    const bfs = { f: [0, 1, -1, -1, -1], t: [0.5, 2, 0, 0, 0], l: [1, 3, -1, -1, -1], r: [2, 4, -1, -1, -1], v: [0, 0, 0.3, 0.1, 0.2] }
    expect(packTrees({ base: 0.25, trees: [bfs] })).toEqual({ base: 0.25, f: [0, 1, -1, -1, -1], t: [0.5, 2], v: [0.1, 0.2, 0.3] })
  })

  it('refuses a tree set whose arrays do not add up', () => {
    const X = Float64Array.from([0, 0])
    expect(() => predict({ base: 0, f: [0, -1], t: [0.5], v: [1] }, X, 1, 2)).toThrow(/end of the tree nodes/)
    expect(() => predict({ base: 0, f: [0, -1, -1], t: [0.5, 1], v: [1, 2] }, X, 1, 2)).toThrow(/expected 1 and 2/)
  })
})

describe('predict', () => {
  it('equals the row-by-row walk, bit for bit', () => {
    const F = 4
    const scenario = fc.record({
      base: fc.double({ min: -2, max: 2, noNaN: true }),
      trees: fc.array(tree(F, 3), { minLength: 0, maxLength: 6 }),
      rows: fc.array(fc.array(value, { minLength: F, maxLength: F }), { maxLength: 8 }),
    })
    fc.assert(fc.property(scenario, ({ base, trees, rows }) => {
      const w = packTrees({ base, trees })
      const X = Float64Array.from(rows.flat())
      return same(predict(w, X, rows.length, F), predictSimple(w, X, rows.length, F))
    }))
  })

  it('equals the row-by-row walk on the shipped trees', () => {
    const w = WEIGHTS.stage1
    const F = WEIGHTS.features.length
    // rows from the thresholds of the trees themselves, so that comparisons land on them exactly
    const thresholds = [...new Set(w.t)]
    expect(thresholds.length).toBeGreaterThan(100)
    const row = fc.array(fc.oneof(fc.constantFrom(...thresholds), value), { minLength: F, maxLength: F })
    fc.assert(fc.property(fc.array(row, { minLength: 1, maxLength: 20 }), (rows) => {
      const X = Float64Array.from(rows.flat())
      return same(predict(w, X, rows.length, F), predictSimple(w, X, rows.length, F))
    }), { numRuns: 200 })
  })

  it('equals the row-by-row walk across blocks of rows (more rows than one block)', () => {
    const w = WEIGHTS.stage1
    const F = WEIGHTS.features.length
    const thresholds = [...new Set(w.t)]
    fc.assert(fc.property(fc.integer({ min: 500, max: 1700 }), fc.integer(), (n, seed) => {
      let s = seed >>> 0
      const rnd = (): number => { s = (Math.imul(s, 1103515245) + 12345) >>> 0; return s / 2 ** 32 }
      const X = Float64Array.from({ length: n * F }, () => (rnd() < 0.5 ? thresholds[Math.floor(rnd() * thresholds.length)]! : rnd() * 40 - 5))
      const got = predict(w, X, n, F)
      expect(got).toHaveLength(n)
      return same(got, predictSimple(w, X, n, F))
    }), { numRuns: 20 })
  })
})
