import type { Token } from '../types.js';
import { lookupOutlet } from '../lexicon/outlets.js';
import { startsWithCapital } from '../text/boundaries.js';

const isCap = (t: Token) => startsWithCapital(t.text);

/** The most capitalised words after the "of" of a known outlet's name ("The Times of India", "News of the World"). */
const MAX_AFTER_OF = 3;

/**
 * "according to the Times of India": with an "of" at tokens[k] inside the phrase that opened at lo, the end
 * (exclusive, at most hi) of the longest known outlet's name running through it, or -1. A longer known name wins
 * over the shorter one it opens with ("the Times"), so the place after "of" is no speaker of its own.
 */
export function outletNameThroughOf(tokens: Token[], k: number, lo: number, hi: number): number {
  if (tokens[k]?.normal !== 'of' || k <= lo) return -1;
  const from = tokens[lo]!.normal === 'the' ? lo + 1 : lo;
  if (from >= k || !tokens.slice(from, k).every(isCap)) return -1;
  let m = k + 1;
  if (tokens[m]?.normal === 'the') m++;
  let found = -1;
  for (let e = m + 1; e <= Math.min(hi, m + MAX_AFTER_OF) && isCap(tokens[e - 1]!); e++) {
    const name = tokens.slice(from, e).map((t, x) => (x > 0 && t.start > tokens[from + x - 1]!.end ? ' ' : '') + t.text).join('');
    if (lookupOutlet(name)) found = e;
  }
  return found;
}
