import type { IndirectQuote } from './report-sentence.js';

/** Words that open a finite verb phrase: content opening on one has lost its subject. */
const FINITE_OPENING = /^(?:had|has|have|was|were|is|are|would|will|could|might|may|should|can)\b/i;

/**
 * "a run of shows that Billboard reported had grossed $600 million": a report whose content opens on its
 * verb ("had grossed") sits inside a relative clause, its subject the noun before "that". The cue word
 * before that "that" ("shows", a noun here) reports nothing: a report whose content is just the inner
 * report with its speaker is dropped, the inner one keeps the speaker ("Billboard").
 */
export function withoutGappedRelativeHosts(reports: IndirectQuote[], text: string): IndirectQuote[] {
  return reports.filter((outer) => !(afterRelativeThat(text, outer.start) && reports.some((inner) => innerReportOpensOnVerb(inner, outer, text))));
}

/** How far back "that" and the space after it are looked for. */
const THAT_BEFORE_CHARS = 6;
/** How much of the content FINITE_OPENING reads: its longest verb ("should") and the word boundary after it. */
const OPENING_VERB_CHARS = 12;

/** (Only after a relative "that": "The agency says the refugees admitted are …" has a participle, "admitted", no relative clause.) */
function afterRelativeThat(text: string, at: number): boolean {
  return /\bthat\s+$/.test(text.slice(Math.max(0, at - THAT_BEFORE_CHARS), at));
}

/**
 * inner is the report inside outer whose speaker opens outer ("Billboard reported had grossed …"), its cue right
 * before its content and that content opening on a finite verb.
 */
function innerReportOpensOnVerb(inner: IndirectQuote, outer: IndirectQuote, text: string): boolean {
  if (inner === outer || inner.frame.speaker.start !== outer.start || inner.end > outer.end || inner.frame.according) return false;
  const cueRightBefore = inner.frame.cueEnd <= inner.start && /^\s*$/.test(text.slice(inner.frame.cueEnd, inner.start));
  return cueRightBefore && FINITE_OPENING.test(text.slice(inner.start, inner.start + OPENING_VERB_CHARS));
}
