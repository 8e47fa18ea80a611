import type { IndirectQuote } from './report-sentence.js';

/**
 * "Cho said the production would announce a tour, and that an album would follow": a that-clause joined by
 * "and" to a report's content is more of what that report's speaker said. A report of it framed by a cue
 * inside the first clause ("announce", its subject "the production") takes the outer report's frame.
 */
export function withConjoinedThatSpeaker(reports: IndirectQuote[], text: string): IndirectQuote[] {
  return reports.map((inner) => {
    if (!/,?\s*\b(?:and|but)\s+that\s+$/.test(text.slice(Math.max(0, inner.start - 14), inner.start))) return inner;
    const outer = reports.find((o) => o !== inner && o.start < inner.start && o.end >= inner.end && inner.frame.speaker.start >= o.start && inner.frame.cueStart > o.start);
    return outer ? { ...inner, frame: outer.frame } : inner;
  });
}
