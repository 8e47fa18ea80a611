import type { Token } from '../types.js';
import { cueLexicon } from './lexicon.js';

/**
 * Where a relative "of whom" with a share opens, when tokens[whom] is its "whom": "…, most of whom said
 * …", "…, both of whom voted against …", "…, the great majority of whom back …". The share (a word of
 * relative_shares or a number, with a determiner or adjectives before it) must follow a comma or a
 * dash, as a relative clause on the phrase before does. Returns the share's first token, or -1.
 */
export function relativeShareStart(tokens: Token[], whom: number, lo: number): number {
  if (tokens[whom]?.normal !== 'whom' || tokens[whom - 1]?.normal !== 'of') return -1;
  const share = whom - 2;
  if (share <= lo || !(cueLexicon().relativeShares.has(tokens[share]!.normal) || tokens[share]!.pos === 'NUM')) return -1;
  // "the great majority of whom": a determiner and adjectives before the share are part of it.
  let start = share;
  while (start - 1 > lo && start > share - 3 && /^(DET|ADJ)$/.test(tokens[start - 1]!.pos)) start--;
  return /^[,—–-]$/.test(tokens[start - 1]?.text ?? '') ? start : -1;
}
