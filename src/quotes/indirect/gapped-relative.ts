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
  // (Only after a relative "that": "The agency says the refugees admitted are …" has a participle, "admitted", no relative clause.)
  return reports.filter((outer) => !(/\bthat\s+$/.test(text.slice(Math.max(0, outer.start - 6), outer.start)) && reports.some((inner) => inner !== outer && inner.frame.speaker.start === outer.start && inner.end <= outer.end && !inner.frame.according && inner.frame.cueEnd <= inner.start && /^\s*$/.test(text.slice(inner.frame.cueEnd, inner.start)) && FINITE_OPENING.test(text.slice(inner.start, inner.start + 12)))));
}
