import type { TokenView } from '../frame.js';
import type { IndirectQuote } from './report-sentence.js';
import { sufferedConditions } from '../../lexicon/suffered-conditions.js';

/**
 * "Officials said two crew members had reported injuries including burns": a condition suffered as the bare
 * object of "report" (data/suffered-conditions.json) tells what happened to the subject, no words of theirs.
 * (A clause after the noun is still reported: "reported injuries were rising" has the noun as its subject.)
 * When that object runs on into "…, and that B" inside another report, B is the outer speaker's second
 * clause: a report of its own in the outer frame, the outer one ending before it, as after a shorter object
 * ("had reported symptoms, and that B").
 */
export function withoutSufferedConditions(view: TokenView, reports: IndirectQuote[]): IndirectQuote[] {
  const text = view.doc.article.text;
  const ends = new Map<IndirectQuote, number>();
  const kept = reports.flatMap((q) => {
    if (!sufferedObject(view, q)) return [q];
    const outer = reports.find((o) => o !== q && o.start < q.frame.cueStart && o.end >= q.end);
    const second = outer ? SECOND_THAT.exec(text.slice(q.start, q.end)) : null;
    if (!outer || !second) return [];
    ends.set(outer, q.start + second.index);
    return [{ start: q.start + second.index + second[0].length, end: q.end, frame: outer.frame }];
  });
  return kept.map((q) => (ends.has(q) ? { ...q, end: ends.get(q)! } : q));
}

/** ", and that " / " but that " opening the outer speaker's second clause. */
const SECOND_THAT = /,?\s+(?:and|but)\s+that\s+/;

function sufferedObject(view: TokenView, q: IndirectQuote): boolean {
  const tokens = view.tokens;
  const cue = q.frame.cueToken;
  const lex = sufferedConditions();
  if (!lex.verbs.has(tokens[cue]?.lemma ?? '') || view.tokenAtOrAfter(q.start) !== cue + 1) return false;
  let k = cue + 1;
  while (k < cue + 4 && /^(DET|ADJ|NUM)$/.test(tokens[k]?.pos ?? '')) k++;
  const head = tokens[k];
  if (!head || head.pos !== 'NOUN' || !lex.nouns.has(head.normal)) return false;
  return !/^(VERB|AUX)$/.test(tokens[k + 1]?.pos ?? '') || /ing$/.test(tokens[k + 1]!.normal);
}
