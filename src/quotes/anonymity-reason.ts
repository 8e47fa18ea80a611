import type { Token } from '../types.js';
import { cueLexicon } from '../lexicon/cues.js';

/** Words opening the reason a source gives for staying unnamed: "… anonymity because members are discouraged …". */
const REASON_OPENERS: ReadonlySet<string> = new Set(['because', 'as', 'since']);

/**
 * Whether tokens[i] lies in the reason an unnamed source gives for anonymity, in the same comma-bounded stretch
 * after "anonymity" (or "not to be named") and a reason word: "speaking on condition of anonymity because members are discouraged from
 * commenting on the show". What the reason mentions ("on the show") is not where the source's words were given.
 */
export function inAnonymityReason(tokens: Token[], i: number): boolean {
  let reason = false;
  for (let k = i - 1; k >= 0 && k >= i - 25 && tokens[k]!.text !== ','; k--) {
    if (REASON_OPENERS.has(tokens[k]!.normal)) reason = true;
    if (tokens[k]!.normal === 'anonymity') return reason;
    // "who asked not to be named because …" asks the same as "anonymity because …".
    if (tokens[k - 1]?.normal === 'be' && tokens[k - 2]?.normal === 'to' && tokens[k - 3]?.normal === 'not' && cueLexicon().anonymityParticiples.has(tokens[k]!.normal)) return reason;
  }
  return false;
}

/** The reason after "anonymity", up to the next comma or full stop (see inAnonymityReason). */
const REASON_CLAUSE = /\b(anonymity)\s+(?:because|as|since)\b[^,.;]*/giu;

/** Narration with the reasons unnamed sources give for anonymity left out: "… anonymity because … on the show," → "… anonymity,". */
export function withoutAnonymityReasons(narration: string): string {
  return narration.includes('nonymity') ? narration.replace(REASON_CLAUSE, '$1') : narration;
}
