import type { Token } from '../../types.js';
import { hasVerb } from '../frame.js';
import { CONTRASTING_SUBORDINATORS, TIME_SUBORDINATORS } from '../../nlp/words.js';
import type { IndirectQuote } from './report-sentence.js';

/**
 * "In Seattle, marchers carried roses, KING-TV reported, while in Chicago the parade began quietly, the Sun-Times
 * reported": the content tokens[content] before a closing frame holds an earlier report with its own closing
 * frame. When a "while/as …" clause with a verb follows that frame's comma, it is this frame's report (from after
 * the subordinator); returns it. Null when nothing of a clause follows: "A, the company announced, as employees
 * complained" is no account of A. Undefined when no earlier report lies inside the content.
 */
export function clauseAfterClosedReport(tokens: Token[], found: IndirectQuote[], content: [number, number], cueToken: number): [number, number] | null | undefined {
  const inner = found.find((q) => q.frame.cueToken >= content[0] && q.frame.cueToken <= content[1] && tokens[content[0]]!.start <= q.start && q.end <= tokens[q.frame.cueToken]!.start);
  if (!inner) return undefined;
  let comma = inner.frame.cueToken + 1;
  while (comma <= content[1] && tokens[comma]!.text !== ',') comma++;
  const opener = tokens[comma + 1]?.normal ?? '';
  if (comma + 2 > content[1] || !(TIME_SUBORDINATORS.has(opener) || CONTRASTING_SUBORDINATORS.has(opener))) return null;
  let end = content[1];
  if (tokens[end]!.text === ',') end--;
  return end < cueToken && hasVerb(tokens, comma + 2, end) ? [comma + 2, end] : null;
}
