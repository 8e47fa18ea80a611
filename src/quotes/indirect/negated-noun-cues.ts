import type { TokenView } from '../frame.js';
import type { IndirectQuote } from './report-sentence.js';
import { nounPhraseContent } from './noun-phrase-content.js';

/**
 * "Verkhovsky did not mention the walkout", "she never discussed the deal": a negated cue whose object is a
 * plain noun phrase reports nothing said. (A negated cue before a clause, "did not say whether …", is left
 * to the rules for withheld answers.)
 */
export function negatedNounCue(view: TokenView, q: IndirectQuote): boolean {
  const tokens = view.tokens;
  const cue = q.frame.cueToken;
  let k = cue - 1;
  while (k >= 0 && tokens[k]!.pos === 'ADV' && !NEGATION.test(tokens[k]!.normal)) k--;
  return k >= 0 && NEGATION.test(tokens[k]!.normal) && nounPhraseContent(view, q);
}

const NEGATION = /^(not|n't|never)$/;
