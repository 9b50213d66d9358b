/**
 * Sequence decoder: chooses keep / drop for every line at once, by max-sum (Viterbi) over the
 * per-line scores with transition costs, instead of a threshold per line.
 *
 * States: BEFORE (dropped, no content seen yet), KEEP, DROP_1 … DROP_k (dropped, 1…k lines since
 * the last kept line) and DROP_LONG (dropped for more than k lines). Keeping line i earns its
 * emission e[i] (the classifier's log-odds plus the preset bias, scaled by the line's size);
 * dropping earns 0. Entering content the first time costs `startCost`, leaving it `outCost`,
 * coming back after a short gap `inCost`, after a long gap `inCost + longGapCost`. So a short,
 * doubtful block between article paragraphs is kept (dropping it would pay both switches), a lone
 * fluent block inside a run of menu lines is dropped, and prose far below the article (comments,
 * teasers after a footer) must be clearly article-like to be reopened: jusText's context
 * revision, made exact.
 *
 * Linear in the number of lines (k + 3 states); deterministic (ties prefer keeping).
 */
export interface DecoderParams {
  /** Cost of switching from kept to dropped. */
  outCost: number
  /** Cost of switching from dropped back to kept after a short gap. */
  inCost: number
  /** Extra cost of coming back after a long gap. */
  longGapCost: number
  /** Lines of a short gap. */
  shortGap: number
  /** Cost of the first switch into content. */
  startCost: number
}

export function decode(emission: ArrayLike<number>, p: DecoderParams): Uint8Array {
  const n = emission.length
  const keep = new Uint8Array(n)
  if (n === 0) return keep
  const k = Math.max(1, Math.round(p.shortGap))
  // state ids: 0 BEFORE, 1 KEEP, 2..k+1 DROP_1..DROP_k, k+2 DROP_LONG
  const S = k + 3
  const LONG = k + 2
  const back = new Uint8Array(n * S)
  let v = new Float64Array(S).fill(-Infinity)
  let next = new Float64Array(S)
  v[0] = 0
  v[1] = emission[0]! - p.startCost
  for (let i = 1; i < n; i++) {
    const e = emission[i]!
    const row = i * S
    next.fill(-Infinity)
    // BEFORE
    next[0] = v[0]!
    back[row] = 0
    // KEEP
    let best = v[1]!, from = 1
    if (v[0]! - p.startCost > best) { best = v[0]! - p.startCost; from = 0 }
    for (let d = 2; d <= k + 1; d++) if (v[d]! - p.inCost > best) { best = v[d]! - p.inCost; from = d }
    if (v[LONG]! - p.inCost - p.longGapCost > best) { best = v[LONG]! - p.inCost - p.longGapCost; from = LONG }
    next[1] = best + e
    back[row + 1] = from
    // DROP_1 <- KEEP
    next[2] = v[1]! - p.outCost
    back[row + 2] = 1
    // DROP_d <- DROP_{d-1}
    for (let d = 3; d <= k + 1; d++) { next[d] = v[d - 1]!; back[row + d] = d - 1 }
    // DROP_LONG <- DROP_k | DROP_LONG
    if (v[k + 1]! >= v[LONG]!) { next[LONG] = v[k + 1]!; back[row + LONG] = k + 1 } else { next[LONG] = v[LONG]!; back[row + LONG] = LONG }
    const t = v; v = next; next = t
  }
  let s = 1
  let bestV = v[1]!
  for (let j = 0; j < S; j++) if (v[j]! > bestV) { bestV = v[j]!; s = j }
  for (let i = n - 1; i >= 0; i--) {
    keep[i] = s === 1 ? 1 : 0
    if (i > 0) s = back[i * S + s]!
  }
  return keep
}
