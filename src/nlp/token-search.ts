import type { Token } from '../types.js';

/**
 * The number of tokens[0..end) that start before `offset`: tokens are in text order, so a binary search.
 * One search for the stages' offset-to-token lookups (the last token starting before an offset is this − 1,
 * the first starting at or after it is this).
 */
export function tokensStartingBefore(tokens: readonly Token[], offset: number, end = tokens.length): number {
  let lo = 0;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
