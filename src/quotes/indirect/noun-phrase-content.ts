import type { TokenView } from '../frame.js';
import type { IndirectQuote } from './report-sentence.js';

/**
 * A report's content that is only a noun phrase: no verb or auxiliary in it ("long columns of red", "the
 * walkout"). Some cues report nothing with such an object where they would report a clause.
 */
export function nounPhraseContent(view: TokenView, q: IndirectQuote): boolean {
  const tokens = view.tokens;
  const from = view.tokenAtOrAfter(q.start);
  const to = view.tokenAtOrAfter(q.end);
  if (from >= to) return false;
  for (let k = from; k < to; k++) if (/^(VERB|AUX|SCONJ)$/.test(tokens[k]!.pos) || /^(that|whether|if|how|why|what|when|where|who)$/.test(tokens[k]!.normal)) return false;
  return true;
}
