import type { IndirectQuote } from './report-sentence.js';

/**
 * "Cho said the production would announce a tour, and that an album would follow": a that-clause joined by
 * "and" to a report's content is more of what that report's speaker said. A report of it framed by a cue
 * inside the first clause ("announce", its subject "the production") takes the outer report's frame.
 * "The paper reported that Ruiz had pushed for the film to win, and that the prize went elsewhere": a report
 * framed inside the first clause whose content is no clause of its own ("pushed for … to win, and that …",
 * "doses pledged by donors …, and that …") runs across the second "that"; that "and that" answers the outer report's "that", so the report is the
 * clause after it, in the outer report's frame.
 * Such a clause in the outer frame lies inside the outer report, which already carries it (the gold sets annotate
 * "said A and that B" without quoted words as one span), so it is dropped rather than kept as an overlapping span.
 */
export function withConjoinedThatSpeaker(reports: IndirectQuote[], text: string): IndirectQuote[] {
  return reports.filter((inner) => {
    const outer = reports.find((o) => o !== inner && o.start < inner.start && o.end >= inner.end && inner.frame.speaker.start >= o.start && inner.frame.cueStart > o.start);
    if (!outer) return true;
    if (CONJOINED_THAT_BEFORE.test(text.slice(Math.max(0, inner.start - 14), inner.start))) return false;
    return crossedConjoinedThat(inner, outer, text) === null;
  });
}

const CONJOINED_THAT_BEFORE = /,?\s*\b(?:and|but)\s+that\s+$/;
const CONJOINED_THAT = /(?:^|,\s*)(?:and|but)\s+that\s+/g;

/** Where the clause after "(, ) and that" inside `inner` starts, when that "that" pairs with the outer report's own "that". */
function crossedConjoinedThat(inner: IndirectQuote, outer: IndirectQuote, text: string): number | null {
  // Only the outer content opened by "that" has a "that" to pair with; an inner content opened by its own "that" would claim it.
  if (!/\bthat\s+$/.test(text.slice(Math.max(0, outer.start - 6), outer.start))) return null;
  if (/\bthat\s+$/.test(text.slice(Math.max(0, inner.start - 6), inner.start))) return null;
  const content = text.slice(inner.start, inner.end);
  CONJOINED_THAT.lastIndex = 0;
  const m = CONJOINED_THAT.exec(content);
  // A clause of the inner speaker's own before it ("warned the board the plan would fail, and that …") may carry
  // the second clause too; only an empty or infinitive lead-in ("to win, and that …") is no content of its own.
  if (!m || (m.index > 0 && !/^to\s/.test(content))) return null;
  const start = inner.start + m.index + m[0].length;
  return start < inner.end ? start : null;
}
