import type { Paragraph } from '../types.js';
import type { MarkedSpan } from '../text/quotation-marks.js';
import { cueLexicon } from '../lexicon/cues.js';

/**
 * The quotation is all a paragraph holds after a heading label and its colon: a fact-check's "Claim: “…”",
 * "Verdict: “…”" (cues.json transcript_non_speakers). The label names nobody, so the words are a claim
 * on show, not a report of speech.
 */
export function followsHeadingLabel(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  const m = /^\s*([^:\n]{1,20}):\s*$/.exec(text.slice(paragraph.start, span.open));
  return !!m && cueLexicon().transcriptNonSpeakers.has(m[1]!.trim().toLowerCase());
}
