import type { Token } from '../types.js';
import { isTradeOutlet, isTradeOutletNoun } from '../lexicon/trade-outlets.js';
import { lookupOutlet } from '../lexicon/outlets.js';
import { outletsNamedBefore } from './earlier-outlets.js';

/**
 * "told the trade paper", "said in an interview with the trade": the trade publication named last before token i
 * (data/trade-outlets.json), read from `s`, the word after "the". A trade paper is often a magazine, so the
 * newspaper a plain "the paper" would look for is not meant. Null when no trade outlet is named before, or when
 * "trade" is no outlet's ("the trade deal", "the trade minister").
 */
export function tradeOutletReferredTo(tokens: Token[], s: number, i: number): string | null {
  if (tokens[s]?.normal !== 'trade') return null;
  const next = tokens[s + 1];
  // ("told the trade that …", "told the trade." — "the trade" alone; else a trade noun must follow.)
  const alone = !next || next.pos === 'PUNCT' || next.pos === 'SCONJ' || /^(?:that|on|in|last|this|earlier)$/.test(next.normal);
  if (!alone && !isTradeOutletNoun(next.normal)) return null;
  for (const named of outletsNamedBefore(tokens, i)) {
    if (isTradeOutlet(lookupOutlet(named.name) ?? named.name)) return named.name;
  }
  return null;
}
