import type { MarkedSpan } from '../../text/quotation-marks.js';
import type { SpanIndex } from '../../text/span-index.js';
import type { TokenView } from '../frame.js';
import type { IndirectQuote } from './report-sentence.js';
import { interviewAfter } from './interview-tail.js';
import { DEMONSTRATIVE_THAT } from './conjoined-that.js';
import { countAtOrBelow } from '../../text/sorted-search.js';

/**
 * "The mayor said the road would close on Monday, and that drivers would be fined": the second "that" answers
 * the cue again, so the speaker said two things, two reports of one frame (as own sets 13 and 16 on annotate
 * them; sets 2–12, 14, 15 and PolNeAR keep one span). The first ends before the conjunction, the second starts
 * after "that". Left alone: "and that" inside quotation marks or inside a report nested in the content (see
 * conjoined-that.ts), "that" as a demonstrative or a pronoun subject ("and that building is …", "and that was
 * …"), and, with no comma before it, an "and that" after another "that" in A ("found that A and that B" lists
 * what was found).
 */
export function withSecondThatClauses(view: TokenView, reports: IndirectQuote[], marks: SpanIndex<MarkedSpan>): IndirectQuote[] {
  const text = view.doc.article.text;
  // (Only content holding "and/but that" is looked at; most holds none.)
  if (!reports.some((q) => SECOND_THAT_TEST.test(text.slice(q.start, q.end)))) return reports;
  const starts = reports.map((q) => q.start).sort((a, b) => a - b);
  return reports.flatMap((q) => splitAtSecondThats(view, text, q, reports, starts, marks));
}

function splitAtSecondThats(view: TokenView, text: string, q: IndirectQuote, reports: IndirectQuote[], starts: number[], marks: SpanIndex<MarkedSpan>): IndirectQuote[] {
  const content = text.slice(q.start, q.end);
  if (!SECOND_THAT_TEST.test(content)) return [q];
  const parts: IndirectQuote[] = [];
  let from = q.start;
  SECOND_THAT.lastIndex = 0;
  for (let m = SECOND_THAT.exec(content); m; m = SECOND_THAT.exec(content)) {
    const at = q.start + m.index;
    const next = at + m[0].length;
    if (at <= from || !opensSecondClause(view, text, q, from, at, next, m[0].startsWith(','), reports, starts, marks)) continue;
    parts.push({ ...q, start: from, end: at });
    from = next;
  }
  return parts.length ? withInterviewOutlet(view, [...parts, { ...q, start: from }]) : [q];
}

/**
 * "Arnesen said the hull was untested, in an interview with El Mundo, but that the crew trusted it": the
 * interview closing a first clause is the frame's, as at the end of a report (interview-tail.ts): it leaves
 * that clause, and its outlet is both clauses'.
 */
function withInterviewOutlet(view: TokenView, parts: IndirectQuote[]): IndirectQuote[] {
  if (parts[0]!.frame.outlet) return parts;
  for (let k = 0; k < parts.length - 1; k++) {
    const part = parts[k]!;
    const interview = interviewAfter(view.tokens, view.tokenAtOrAfter(part.start), view.tokenAtOrAfter(part.end) - 1);
    if (!interview) continue;
    const frame = { ...part.frame, outlet: interview.outlet };
    return parts.map((p, j) => ({ ...p, frame, end: j === k ? view.tokens[interview.comma - 1]!.end : p.end }));
  }
  return parts;
}

function opensSecondClause(view: TokenView, text: string, q: IndirectQuote, from: number, at: number, next: number, comma: boolean, reports: IndirectQuote[], starts: number[], marks: SpanIndex<MarkedSpan>): boolean {
  if (marks.overlapping(at, next).length) return false;
  if (!comma && /\bthat\b/i.test(text.slice(from, at))) return false;
  if (DEMONSTRATIVE_THAT.test(text.slice(next, next + 40).toLowerCase())) return false;
  const first = view.tokens[view.tokenAtOrAfter(next)];
  if (!first || first.pos === 'VERB' || first.pos === 'AUX' || first.pos === 'PUNCT') return false;
  return !nestedReportAcross(q, at, reports, starts);
}

/** Another report inside q's content that runs across `at`: its own rules decide whose "and that" it is. */
function nestedReportAcross(q: IndirectQuote, at: number, reports: IndirectQuote[], starts: number[]): boolean {
  // (The first report starting after q, by halving; none before `at` leaves nothing nested across it.)
  const lo = countAtOrBelow(starts, (s) => s, q.start);
  if (lo >= starts.length || starts[lo]! >= at) return false;
  return reports.some((r) => r !== q && r.start > q.start && r.start < at && r.end > at);
}

const SECOND_THAT_TEST = /\s(?:and|but)\s+that\s/;
const SECOND_THAT = /(?:,\s*|\s+)(?:and|but)\s+that\s+/g;
