import type { TokenView } from '../frame.js';
import type { IndirectQuote } from './report-sentence.js';

/**
 * "Delgado said in the dressing room, where he read from a statement": a ", where …" clause after the place
 * of speaking is a relative clause on that place, not what was said. (Without the comma, "said where the
 * money went" still reports.)
 */
export function placeRelativeContent(view: TokenView, q: IndirectQuote): boolean {
  const tokens = view.tokens;
  let where = view.tokenAtOrAfter(q.start);
  // (The content may start on "where" or on the clause right after it.)
  if (tokens[where]?.normal !== 'where') where--;
  if (!(where > q.frame.cueToken && tokens[where]?.normal === 'where' && tokens[where - 1]?.text === ',')) return false;
  // (Not when the real content follows the relative clause: "said in Lyon, where he met the board, that …".)
  return !/,\s+that\s/.test(view.doc.article.text.slice(q.start, q.end));
}
