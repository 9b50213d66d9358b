// Copied from the development benchmark scorer (shared/eval/lib/metric.mjs) so that `npm run eval`
// scores the corpus slice on a clone that has no ../shared.
// Token-level metrics, same family as the scrapinghub article-extraction
// benchmark: bag of word tokens with multiplicity (primary) and bag of 4-token
// shingles (secondary; also penalises wrong order / glued words).
// Tokenisation: NFKC, lowercase, maximal runs of Unicode letters, marks,
// numbers and "_" (Python's \w plus combining marks).
const TOKEN_RE = /[\p{L}\p{M}\p{N}_]+/gu;

export function tokenize(text) {
  return (text || '').normalize('NFKC').toLowerCase().match(TOKEN_RE) || [];
}

function counts(items) {
  const m = new Map();
  for (const t of items) m.set(t, (m.get(t) || 0) + 1);
  return m;
}

export function shingles(tokens, n = 4) {
  const out = [];
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const s = tokens.slice(i, i + n);
    if (s.length) out.push(s.join('\u0001'));
  }
  return out;
}

// precision / recall conventions follow the scrapinghub evaluate.py:
// both empty -> 1 ; nothing predicted (or nothing to find) -> 0.
export function prf(predItems, goldItems) {
  const p = counts(predItems);
  const g = counts(goldItems);
  let tp = 0;
  for (const [k, c] of p) { const gc = g.get(k); if (gc) tp += Math.min(c, gc); }
  const np = predItems.length;
  const ng = goldItems.length;
  const fp = np - tp;
  const fn = ng - tp;
  let precision; let recall;
  if (fp === 0 && fn === 0) { precision = 1; recall = 1; } else {
    precision = tp + fp === 0 ? 0 : tp / (tp + fp);
    recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  }
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, tp, fp, fn };
}

export function scoreDoc(predText, goldText) {
  const pt = tokenize(predText);
  const gt = tokenize(goldText);
  const bow = prf(pt, gt);
  const sh = prf(shingles(pt), shingles(gt));
  return {
    precision: bow.precision, recall: bow.recall, f1: bow.f1,
    sh_f1: sh.f1, pred_tokens: pt.length, gold_tokens: gt.length,
  };
}
