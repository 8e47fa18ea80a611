import type { Token } from '../../types.js';

/** Most adverbial words between the frame and its colon ("wrote on Sunday:", "said in a statement:"). */
const MAX_WORDS_BEFORE_COLON = 6;

/**
 * "In a note left on the counter, Moss wrote: “Sorry.”": a frame that ends in a colon introduces what follows
 * it, so the phrase before the frame is its circumstance, never a clause it closes. Only adverbial words
 * (prepositions, nouns, a time) may stand between the frame's last token and the colon.
 */
export function colonIntroducesAfter(tokens: Token[], tail: number, last: number): boolean {
  for (let k = tail + 1; k <= last && k <= tail + 1 + MAX_WORDS_BEFORE_COLON; k++) {
    const t = tokens[k]!;
    if (t.text === ':') return true;
    if (!/^(ADP|ADV|DET|NOUN|PROPN|NUM|ADJ)$/.test(t.pos)) return false;
  }
  return false;
}
