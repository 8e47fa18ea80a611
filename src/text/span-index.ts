/**
 * Spans asked, again and again, which of them overlap a range: a binary search and a walk back over
 * the spans that still reach the range, instead of a scan of all of them for every question (which
 * made a long article with thousands of quotations take time in the square of its length).
 */
export class SpanIndex<T> {
  private readonly spans: T[];
  private readonly starts: number[];
  private readonly ends: number[];
  /** reach[i]: the furthest end among spans[0..i]. */
  private readonly reach: number[];

  constructor(spans: readonly T[], startOf: (span: T) => number, endOf: (span: T) => number) {
    const order = spans.map((span, i) => ({ span, i, start: startOf(span) })).sort((a, b) => a.start - b.start || a.i - b.i);
    this.spans = order.map((o) => o.span);
    this.starts = order.map((o) => o.start);
    this.ends = this.spans.map(endOf);
    this.reach = [];
    let furthest = -Infinity;
    for (const end of this.ends) this.reach.push((furthest = Math.max(furthest, end)));
  }

  /** The spans with start < `end` and end > `start`, in order of their starts. */
  overlapping(start: number, end: number): T[] {
    const out: T[] = [];
    for (let k = this.lastStartingBefore(end); k >= 0 && this.reach[k]! > start; k--) if (this.ends[k]! > start) out.push(this.spans[k]!);
    return out.reverse();
  }

  /** Whether any span has start < `end` and end > `start`. */
  overlaps(start: number, end: number): boolean {
    for (let k = this.lastStartingBefore(end); k >= 0 && this.reach[k]! > start; k--) if (this.ends[k]! > start) return true;
    return false;
  }

  /** The index of the last span starting before `offset` (-1 if none). */
  private lastStartingBefore(offset: number): number {
    let a = 0;
    let b = this.starts.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (this.starts[mid]! < offset) a = mid + 1;
      else b = mid;
    }
    return a - 1;
  }
}
