import { isWhiteSpace } from './boundaries.js';

// Where the sentence around a span starts and ends, for passes that read only its words (a screen word near a
// title, a government word near a place). Read char by char from the span outwards, so a caller never copies or
// scans the rest of the article just to find the next full stop.

/**
 * The offset of the last ". " or line break at or before `at` (as lastIndexOf reads it), looking back no further
 * than `floor`; -1 when none stands there.
 */
export function sentenceBreakBefore(text: string, at: number, floor = 0): number {
  for (let i = Math.min(at, text.length - 1); i >= Math.max(0, floor); i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 46 && text.charCodeAt(i + 1) === 32)) return i;
  }
  return -1;
}

/** Where the sentence holding `at` starts: after the nearest line break, or the nearest ". " (a closing mark may
 *  follow the full stop) — scanned backwards, so each call reads one sentence, not the article. */
export function sentenceStartBefore(text: string, at: number): number {
  let spaceRun = -1;
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === '\n') return i + 1;
    if (c === ' ' || c === '\t') {
      if (spaceRun < 0) spaceRun = i + 1;
      continue;
    }
    if (spaceRun >= 0) {
      const mark = c === '"' || c === '”' || c === '’' ? text[i - 1] : c;
      if (mark === '.' || mark === '!' || mark === '?') return spaceRun;
    }
    spaceRun = -1;
  }
  return 0;
}

/** Options for sentenceStopFrom: whether a line break also ends the sentence, and how far ahead to look. */
export interface StopOptions {
  lineBreak?: boolean;
  reach?: number;
}

/**
 * The offset of the first stop at or after `from` that ends a sentence: ".", "!" or "?" before white space or the
 * end of the text (and a line break, with `lineBreak`); -1 when none stands within `reach` characters.
 */
export function sentenceStopFrom(text: string, from: number, { lineBreak = false, reach = Infinity }: StopOptions = {}): number {
  const to = Math.min(text.length, from + reach);
  for (let i = Math.max(0, from); i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 && lineBreak) return i;
    if ((c === 46 || c === 33 || c === 63) && (i + 1 === text.length || isWhiteSpace(text.charCodeAt(i + 1)))) return i;
  }
  return -1;
}
