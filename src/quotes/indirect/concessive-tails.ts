import type { IndirectQuote } from './report-sentence.js';

/** A comma, then "despite" or "in spite of": the writer's concession after the report. */
const CONCESSION = /,\s+(?:despite|in spite of)\s/;

/**
 * "Kessler said she would not re-edit the film, despite a petition with 50,000 names": the concession after the
 * comma is the writer's, set against what was said, and the content ends before it (our sets end both such
 * reports there; no PolNeAR report runs across one).
 */
export function withoutConcessiveTail(text: string, reports: IndirectQuote[]): IndirectQuote[] {
  return reports.map((q) => {
    const tail = CONCESSION.exec(text.slice(q.start, q.end));
    return tail && tail.index > 0 ? { ...q, end: q.start + tail.index } : q;
  });
}
