import type { MarkedSpan } from '../text/quotation-marks.js';
import type { Attribution } from './attribution.js';
import type { Frame } from './frame.js';

interface Said {
  attribution: Attribution | null;
  span: MarkedSpan;
}

/**
 * A turn of a dashed dialogue ("« What now? asked Marin.\n— We wait, replied Okafor.\n— How long? »")
 * with no frame after its own words is spoken by the other party: the speaker of the turn before the
 * previous one, not the speaker the previous turn's frame named. Returns that attribution (null when
 * unknown), or undefined when the span is no such turn.
 */
export function dialogueAnswer(text: string, span: MarkedSpan, found: Frame | null, previous: Said | null, beforePrevious: Said | null): Attribution | null | undefined {
  if (!/^[—–]$/.test(text[span.open] ?? '') || !previous || previous.span.paragraph !== span.paragraph) return undefined;
  // (A frame after the turn's own words is its own: "— We wait, replied Okafor.")
  if (found && found.cueStart > span.end) return undefined;
  const other = beforePrevious && beforePrevious.span.paragraph === span.paragraph ? beforePrevious.attribution : null;
  return other ? { ...other, frame: { ...other.frame } } : null;
}
