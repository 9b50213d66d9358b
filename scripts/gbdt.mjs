// Small gradient-boosted decision trees (logistic loss, histogram splits) in plain JavaScript,
// for scripts/fit-classifier.mjs. No dependencies.

/** Quantile bin edges per feature (at most maxBins-1 edges). */
export function binEdges(X, n, F, maxBins = 32) {
  const edges = []
  const stride = Math.max(1, Math.floor(n / 20000))
  for (let f = 0; f < F; f++) {
    const vals = []
    for (let i = 0; i < n; i += stride) vals.push(X[i * F + f])
    vals.sort((a, b) => a - b)
    const uniq = [...new Set(vals)]
    let e
    if (uniq.length <= maxBins) e = uniq.slice(0, -1).map((v, k) => (v + uniq[k + 1]) / 2)
    else {
      e = []
      for (let b = 1; b < maxBins; b++) {
        const v = vals[Math.floor((b * vals.length) / maxBins)]
        if (!e.length || v > e[e.length - 1]) e.push(v)
      }
      e = e.filter((v, k) => k === 0 || v !== e[k - 1])
    }
    edges.push(Float64Array.from(e))
  }
  return edges
}

export function binize(X, n, F, edges) {
  const B = new Uint8Array(n * F)
  for (let i = 0; i < n; i++) for (let f = 0; f < F; f++) {
    const v = X[i * F + f]; const e = edges[f]
    let lo = 0, hi = e.length
    while (lo < hi) { const mid = (lo + hi) >> 1; if (v <= e[mid]) hi = mid; else lo = mid + 1 }
    B[i * F + f] = lo
  }
  return B
}

const sigmoid = x => 1 / (1 + Math.exp(-x))

/**
 * Fit. y in {0,1}, w sample weights. Returns { base, trees: [{f:[],t:[],l:[],r:[],v:[]}] }:
 * internal node k: go left when x[f[k]] <= t[k]; leaf: f[k] = -1, value v[k].
 */
export function fitGbdt(X, y, w, n, F, opts = {}) {
  const { rounds = 150, depth = 4, lr = 0.1, lambda = 1, minLeaf = 5, maxBins = 32, colSample = 1, subsample = 1, seed = 1, log = () => {} } = opts
  if (!(maxBins >= 2 && maxBins <= 256)) throw new Error('maxBins must be in 2..256 (bins are stored as bytes)')
  const edges = binEdges(X, n, F, maxBins)
  const B = binize(X, n, F, edges)
  let sw = 0, sy = 0
  for (let i = 0; i < n; i++) { sw += w[i]; sy += w[i] * y[i] }
  const p0 = Math.min(0.99, Math.max(0.01, sy / sw))
  const base = Math.log(p0 / (1 - p0))
  const raw = new Float64Array(n).fill(base)
  const g = new Float64Array(n), h = new Float64Array(n)
  const trees = []
  let rng = seed
  const rand = () => { rng = (rng * 1103515245 + 12345) & 0x7fffffff; return rng / 0x7fffffff }
  const NB = maxBins + 1
  // row subsampling (stochastic gradient boosting): its own seeded generator (mulberry32), so
  // that the column sampling above draws the same numbers whether or not rows are sampled
  let srng = (seed * 0x9e3779b9) >>> 0
  const srand = () => {
    srng = (srng + 0x6d2b79f5) >>> 0
    let t = srng
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const idx = new Int32Array(n)
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < n; i++) { const p = sigmoid(raw[i]); g[i] = w[i] * (p - y[i]); h[i] = w[i] * Math.max(p * (1 - p), 1e-6) }
    const feats = []
    for (let f = 0; f < F; f++) if (colSample >= 1 || rand() < colSample) feats.push(f)
    const tree = { f: [], t: [], l: [], r: [], v: [] }
    let m = 0
    if (subsample >= 1) { for (let i = 0; i < n; i++) idx[i] = i; m = n }
    else for (let i = 0; i < n; i++) if (srand() < subsample) idx[m++] = i
    const build = (start, end, d) => {
      const k = tree.f.length
      tree.f.push(-1); tree.t.push(0); tree.l.push(-1); tree.r.push(-1); tree.v.push(0)
      let G = 0, H = 0
      for (let a = start; a < end; a++) { G += g[idx[a]]; H += h[idx[a]] }
      tree.v[k] = (-G / (H + lambda)) * lr
      if (d >= depth || end - start < 2 * minLeaf) return k
      let best = { gain: 1e-9, f: -1, b: -1 }
      const parent = (G * G) / (H + lambda)
      const hg = new Float64Array(NB), hh = new Float64Array(NB), hc = new Int32Array(NB)
      for (const f of feats) {
        hg.fill(0); hh.fill(0); hc.fill(0)
        for (let a = start; a < end; a++) { const i = idx[a]; const b = B[i * F + f]; hg[b] += g[i]; hh[b] += h[i]; hc[b]++ }
        let gl = 0, hl = 0, cl = 0
        const nb = edges[f].length + 1
        for (let b = 0; b < nb - 1; b++) {
          gl += hg[b]; hl += hh[b]; cl += hc[b]
          const cr = end - start - cl
          if (cl < minLeaf || cr < minLeaf) continue
          const gr = G - gl, hr = H - hl
          const gain = (gl * gl) / (hl + lambda) + (gr * gr) / (hr + lambda) - parent
          if (gain > best.gain) best = { gain, f, b }
        }
      }
      if (best.f < 0) return k
      // partition idx[start:end] by bin <= best.b
      let lo = start, hi = end - 1
      while (lo <= hi) {
        if (B[idx[lo] * F + best.f] <= best.b) lo++
        else { const t = idx[lo]; idx[lo] = idx[hi]; idx[hi] = t; hi-- }
      }
      tree.f[k] = best.f; tree.t[k] = edges[best.f][best.b]
      const L = build(start, lo, d + 1)
      const R = build(lo, end, d + 1)
      tree.l[k] = L; tree.r[k] = R
      return k
    }
    build(0, m, 0)
    trees.push(tree)
    for (let i = 0; i < n; i++) raw[i] += predictTree(tree, X, i * F)
    if (r % 25 === 24) {
      let loss = 0
      for (let i = 0; i < n; i++) { const p = sigmoid(raw[i]); loss -= w[i] * (y[i] ? Math.log(p + 1e-12) : Math.log(1 - p + 1e-12)) }
      log(`round ${r + 1} loss ${(loss / sw).toFixed(4)}`)
    }
  }
  return { base, trees }
}

export function predictTree(tree, X, off) {
  let k = 0
  while (tree.f[k] >= 0) k = X[off + tree.f[k]] <= tree.t[k] ? tree.l[k] : tree.r[k]
  return tree.v[k]
}

export function predictRaw(model, X, n, F) {
  const out = new Float64Array(n)
  for (let i = 0; i < n; i++) { let s = model.base; for (const t of model.trees) s += predictTree(t, X, i * F); out[i] = s }
  return out
}
