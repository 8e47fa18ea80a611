import type { Span } from '../types.js';

export type Threshold = 0.3 | 0.8 | 'exact';

/** Share of the gold span covered by the predicted span. */
export function coverage(gold: Span, pred: Span): number {
  const overlap = Math.min(gold.end, pred.end) - Math.max(gold.start, pred.start);
  const length = gold.end - gold.start;
  return length <= 0 ? (gold.start === pred.start && gold.end === pred.end ? 1 : 0) : Math.max(0, overlap) / length;
}

/**
 * One-to-one matching: every pair that clears the threshold, best coverage first (ties by position),
 * each gold and each prediction used once. Returns pairs of [goldIndex, predIndex].
 */
export function matchSpans(gold: Span[], pred: Span[], threshold: Threshold): [number, number][] {
  const candidates: [number, number, number][] = [];
  for (let g = 0; g < gold.length; g++) {
    for (let p = 0; p < pred.length; p++) {
      const c = threshold === 'exact'
        ? (gold[g]!.start === pred[p]!.start && gold[g]!.end === pred[p]!.end ? 1 : 0)
        : coverage(gold[g]!, pred[p]!);
      if (c > 0 && c >= (threshold === 'exact' ? 1 : threshold)) candidates.push([g, p, c]);
    }
  }
  candidates.sort((a, b) => b[2] - a[2] || a[0] - b[0] || a[1] - b[1]);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: [number, number][] = [];
  for (const [g, p] of candidates) {
    if (usedG.has(g) || usedP.has(p)) continue;
    usedG.add(g);
    usedP.add(p);
    pairs.push([g, p]);
  }
  return pairs;
}

export interface Prf {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/**
 * Precision, recall and F1. With no gold there is nothing to recall, so recall and F1 are null (not a
 * perfect 1); precision is then 0 if anything was predicted (every prediction a false hit), else null.
 */
export function prf(tp: number, predicted: number, gold: number): Prf {
  if (!gold) return { precision: predicted ? 0 : null, recall: null, f1: null };
  const precision = predicted ? tp / predicted : 0;
  const recall = tp / gold;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
