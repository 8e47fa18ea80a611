import type { IndirectQuote } from './report-sentence.js';

/**
 * "She told Vogue that the worst part was the heat: the studio reached 40 degrees, she said": a trailing
 * ", she said" after a clause that already opens on its own report by the same subject only repeats that
 * report. The clause is no content of the trailing cue; the inner report (cue "told", outlet Vogue) stays.
 * A trailing cue naming an outlet ("…, she told the BBC") adds where the words appeared and is kept.
 */
export function withoutRestatedTrailingCue(reports: IndirectQuote[], text: string): IndirectQuote[] {
  return reports.filter((outer) => !(outer.frame.cueStart >= outer.end && !outer.frame.outlet && reports.some((inner) => restates(inner, outer, text))));
}

/** inner opens outer with its speaker, its cue before its content, and that speaker is the trailing cue's subject. */
function restates(inner: IndirectQuote, outer: IndirectQuote, text: string): boolean {
  if (inner === outer || inner.frame.according || inner.frame.speaker.start !== outer.start || inner.end !== outer.end) return false;
  if (inner.frame.cueEnd > inner.start) return false;
  return sameSubject(text.slice(inner.frame.speaker.start, inner.frame.speaker.end), text.slice(outer.frame.speaker.start, outer.frame.speaker.end));
}

/** The same words, or a pronoun repeating it ("Lee told …, she said"): one subject in one sentence. */
function sameSubject(first: string, trailing: string): boolean {
  return first.toLowerCase() === trailing.toLowerCase() || /^(?:he|she|they)$/i.test(trailing);
}
