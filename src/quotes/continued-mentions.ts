import type { ExtractedQuote } from '../types.js';
import { toQuote, type Attribution } from './attribution.js';
import { cueLexicon } from '../lexicon/cues.js';

/**
 * A quote that continues an earlier speaker in a later sentence or paragraph ("“A,” she said. ¶ “B.”") has no
 * cue of its own, but the mention that attributes it is still the one that attributed the quote it continues
 * (SPEC: "the mention in the text that attributes this quote"; eval/README: a quote-only paragraph that continues
 * a speaker has cue null and the mention of the attribution it continues). Applied after the outlet passes,
 * which read a quote with neither mention nor cue as a continuation.
 */
export function withContinuedMention(q: ExtractedQuote, text: string, from: Attribution): ExtractedQuote {
  const sp = from.frame.speaker;
  if (!sp || q.cue !== null || q.speaker_mention !== null || q.speaker_start !== null) return q;
  // A later pass that gave the quote someone else leaves it as it is.
  if (q.speaker !== toQuote(text, q.start, q.end, q.type, from, q.confidence).speaker) return q;
  // After a question ("“Is it safe?” a reporter asked Okafor. ¶ “Yes.”") the next quote is most often the
  // answer, which is not the asker's.
  if (asksAQuestion(from) && previousQuotationAsks(text, q.start)) return q;
  return { ...q, speaker_mention: text.slice(sp.start, sp.end), speaker_start: sp.start, speaker_end: sp.end };
}

/** Whether the attribution's cue is an asking verb ("asked", "questioned"; cues.json asking_verbs). */
function asksAQuestion(from: Attribution): boolean {
  const cue = from.frame.cue.toLowerCase();
  return /^ask(?:s|ed|ing)?$/.test(cue) || cueLexicon().askingVerbs.has(cue);
}

/** Whether the last quotation closed before the one opening at `start` ends in a question mark. */
function previousQuotationAsks(text: string, start: number): boolean {
  const before = text.slice(0, Math.max(0, start - 1));
  const close = Math.max(before.lastIndexOf('”'), before.lastIndexOf('"'));
  return close > 0 && /\?\s*$/.test(before.slice(0, close));
}
