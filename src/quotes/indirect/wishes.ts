import type { TokenView } from '../frame.js';
import type { IndirectQuote } from './report-sentence.js';
import { actorThenInfinitive } from './content-after-cue.js';

/** Past participles of expecting and wanting someone to act. */
const WISHED = /^(wanted|expected)$/;

/**
 * "Most analysts had expected the bank to hold rates", "Many viewers had wanted her to stay": an expectation or wish
 * in the past perfect of what someone else would do is one held before the event the story tells, set against what
 * happened, no report; so is "had hoped to VERB", the hope of one's own act. (Only "had expected/wanted X to VERB" and "had hoped to VERB", the forms no gold set annotates; PolNeAR does annotate
 * "had hoped that …", "had expected the kind of …" and the plain forms, "wants the party to …", which stay.)
 */
export function earlierWishOrExpectation(view: TokenView, q: IndirectQuote): boolean {
  const tokens = view.tokens;
  if (/[“”"]/.test(view.doc.article.text.slice(q.start, q.end))) return false;
  const first = view.tokenAtOrAfter(q.frame.cueStart);
  const hopedTo = tokens[first]?.normal === 'hoped' && tokens[first + 1]?.normal === 'to';
  if (!WISHED.test(tokens[first]?.normal ?? '') && !hopedTo) return false;
  let k = first - 1;
  if (tokens[k]?.pos === 'ADV') k--; // "had long expected"
  if (!/^(had|'d|’d)$/.test(tokens[k]?.normal ?? '')) return false;
  // ("Many had hoped to qualify": a hope of one's own act, held before the event, none of the gold sets annotates;
  // "had hoped that …" stays.)
  if (hopedTo) return true;
  return actorThenInfinitive(tokens, view.tokenAtOrAfter(q.start), view.tokenAtOrAfter(q.end) - 1);
}
