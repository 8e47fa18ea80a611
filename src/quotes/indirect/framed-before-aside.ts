import type { Token } from '../../types.js';
import { cueAt, hasVerb } from '../frame.js';

/**
 * "But Lee, a former official, said the judge had erred — an argument, she said, that …": the words before a
 * parenthetical frame already hold a report of their own, a cue with the clause it frames. The frame set
 * off later cannot make the whole sentence its content (that would credit the speaker with her own "said");
 * it reports at most what follows it. True when tokens[lo, end] hold such a cue with a clause right after it
 * (a preposition there, "after Sacramento asked for a pick, The Athletic reported, …", is no clause framed).
 */
export function reportFramedBefore(tokens: Token[], lo: number, end: number): boolean {
  for (let k = lo + 1; k < end - 1; k++) {
    if (!cueAt(tokens, k, 'report') || !/^(PROPN|PRON|PUNCT)$/.test(tokens[k - 1]!.pos) || /^(ADP|PUNCT)$/.test(tokens[k + 1]!.pos)) continue;
    if (hasVerb(tokens, k + 1, end)) return true;
  }
  return false;
}
