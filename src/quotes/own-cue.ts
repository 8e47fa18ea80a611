// Whether a quotation's cue is its own — in its sentence, in its clause — rather than one carried from a speaker before it.
import type { MarkedSpan } from '../text/quotation-marks.js';
import type { Attribution } from './attribution.js';

/**
 * The quotation's own cue comes before it in the same clause, no comma, semicolon, colon or dash between: "claiming
 * victory in the so-called “…”", not "pressed the witnesses, as a bill on so-called “…” gained backers".
 */
export function cueBeforeInClause(text: string, span: MarkedSpan, attribution: Attribution): boolean {
  const cueEnd = attribution.frame.cueEnd;
  return cueEnd <= span.open && !/[,;:—]/.test(text.slice(cueEnd, span.open));
}

/**
 * The cue is in the quotation's own clause: before it with no clause break between ("slammed the term
 * “…”"), or after it with no new clause joined on ("the term “…”, she said"; not "the phrase “…” was
 * trending, and fans posted it").
 */
export function cueInOwnClause(text: string, span: MarkedSpan, attribution: Attribution): boolean {
  const frame = attribution.frame;
  if (frame.cueStart > span.close) return !CLAUSE_JOIN.test(text.slice(span.close + 1, frame.cueStart));
  return cueBeforeInClause(text, span, attribution);
}

/** A new clause joined on: a comma or semicolon and a conjunction ("…, and fans posted it"), or a bare semicolon. */
export const CLAUSE_JOIN = /(?:[,;]\s+(?:and|but|yet|so|while)|;)\s/;

/** A cue in the quotation's own sentence (not one carried from a speaker before it): "she dubbed him “…”". */
export function hasOwnCue(text: string, span: MarkedSpan, attribution: Attribution | null): boolean {
  if (!attribution?.frame.cue) return false;
  const between = attribution.at < span.open ? text.slice(attribution.at, span.open) : text.slice(span.close + 1, attribution.at);
  return !/[.!?]["”’]?\s+[“"‘']?\p{Lu}/u.test(between);
}
