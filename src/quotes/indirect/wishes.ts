import type { TokenView } from '../frame.js';
import type { IndirectQuote } from './report-sentence.js';

/** Past participles of wanting, hoping, wishing and expecting. */
const WISHED = /^(wanted|hoped|wished|expected)$/;

/**
 * "Fans had hoped that Elena would survive", "Most analysts had expected the bank to hold rates": a wish or an
 * expectation in the past perfect is one held before the event the story tells, which the writer sets against what
 * happened, no report. (No gold set annotates one; PolNeAR does annotate the plain forms, "wants the party to …",
 * "hoped the meeting would …", "expect the press to …", which stay.)
 */
export function earlierWishOrExpectation(view: TokenView, q: IndirectQuote): boolean {
  const tokens = view.tokens;
  if (/[“”"]/.test(view.doc.article.text.slice(q.start, q.end))) return false;
  const first = view.tokenAtOrAfter(q.frame.cueStart);
  if (!WISHED.test(tokens[first]?.normal ?? '')) return false;
  let k = first - 1;
  if (tokens[k]?.pos === 'ADV') k--; // "had long expected"
  return /^(had|'d|’d)$/.test(tokens[k]?.normal ?? '');
}
