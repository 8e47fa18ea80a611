import type { Frame } from '../frame.js';
import { cueAt } from '../frame.js';
import { clearOf } from './quotation-context.js';
import type { IndirectQuote, ReportSentence } from './report-sentence.js';

/** Auxiliaries that keep a predicate inside the reported clause: "and would study …", "and had referred …". */
const REPORTED_AUXILIARIES = /^(would|could|might|should|had|will|has|have|can|may|must)$/;

/**
 * "X said (that) it was “disappointed” and would study the decision": after a quotation that completes the
 * first reported predicate, "and|but" at tokens[conjunction] opens a second predicate of the same reported
 * subject, with no quotation of its own. It is an indirect report of its own, from its auxiliary on (as sets
 * 28–35 annotate "said it would “…” and would return to the application"), same speaker and cue.
 * Only after an auxiliary of the reported clause: "… “a mess” and left the room" is the writer's narration
 * of the speaker's next act, and "and said …" is a cue of its own, read by the cue loop.
 */
export function predicateAfterQuotation(sentence: ReportSentence, conjunction: number, frame: Frame): IndirectQuote | null {
  const { tokens, last, quotes } = sentence;
  if (!/^(and|but)$/.test(tokens[conjunction]!.normal) || tokens[conjunction]!.pos !== 'CCONJ') return null;
  let from = conjunction + 1;
  while (from < last && tokens[from]!.pos === 'ADV') from++;
  if (!REPORTED_AUXILIARIES.test(tokens[from]?.normal ?? '')) return null;
  // The verb the auxiliaries (and a "not") lead to: "would study", "had not been told", "will also appeal".
  let verb = from + 1;
  while (verb < last && /^(AUX|ADV|PART)$/.test(tokens[verb]!.pos) && tokens[verb]!.normal !== 'to') verb++;
  if (tokens[verb]?.pos !== 'VERB' || cueAt(tokens, verb, 'report')) return null;
  let to = last;
  while (to > verb && tokens[to]!.pos === 'PUNCT') to--;
  // (A quotation inside the second predicate is a partial of its own.)
  if (quotes.length && clearOf(tokens, [from, to], quotes)?.[1] !== to) return null;
  return { start: tokens[from]!.start, end: tokens[to]!.end, frame };
}
