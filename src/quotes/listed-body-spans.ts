import type { Token } from '../types.js';
import { isKnownOrganisation } from '../lexicon/organisations.js';

/**
 * "Reporters Without Borders", "Médecins Sans Frontières": a listed organisation's name (data/organisations.json)
 * may hold a preposition, where a noun phrase read word by word stops. These give the name's whole span.
 */

/** The most tokens such a name runs to ("the", "Reporters", "Without", "Borders"). */
const MAX_LISTED_NAME_TOKENS = 6;

const listed = (tokens: Token[], from: number, to: number) => isKnownOrganisation(tokens.slice(from, to).map((t) => t.text).join(' '));

/** Where a phrase opening at tokens[from] (a capital, or "the" and one) ends: past `end` when a listed name runs on, up to tokens[last]. */
export function listedBodyEnd(tokens: Token[], from: number, end: number, last: number): number {
  const first = tokens[from]?.normal === 'the' ? from + 1 : from;
  if (!/^\p{Lu}/u.test(tokens[first]?.text ?? '')) return end;
  for (let e = Math.min(last + 1, from + MAX_LISTED_NAME_TOKENS); e > end; e--) if (listed(tokens, from, e)) return e;
  return end;
}

/** Where a phrase ending at tokens[end] opens: before `start` when a listed name ending there opens earlier, not before tokens[lo]. */
export function listedBodyStart(tokens: Token[], start: number, end: number, lo: number): number {
  for (let s = Math.max(lo, end + 1 - MAX_LISTED_NAME_TOKENS); s < start; s++) if (/^\p{Lu}/u.test(tokens[s]!.text) && listed(tokens, s, end + 1)) return s;
  return start;
}
