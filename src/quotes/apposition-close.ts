// The end of a quotation set off by commas in apposition ("her single, “Paper Moon,” topped the charts"): its closing comma and the word after it.
import type { MarkedSpan } from '../text/quotation-marks.js';

/** The comma that closes the apposition, inside the marks ("“Paper Moon,”") or right after them ("“Paper Moon”,"). */
export function closesApposition(text: string, span: MarkedSpan): boolean {
  return /,\s*$/.test(text.slice(span.start, span.end)) || text[span.close + 1] === ',';
}

/**
 * The small-letter word after the closing mark and its comma, looked for within `reach` characters: the
 * sentence going on with its verb ("topped"). Undefined when a capital, a stop or nothing follows.
 */
export function smallWordAfterApposition(text: string, span: MarkedSpan, reach: number): string | undefined {
  return /^,?\s+(\p{Ll}+)/u.exec(text.slice(span.close + 1, span.close + reach))?.[1];
}

/** A pronoun or a cue verb right after the closing comma: it opens a frame ("…,” she said), so the quotation is speech, no apposition. */
export const FRAME_OPENING_WORD = /^(?:he|she|they|we|i|it|you|said|says|told|added)$/;
