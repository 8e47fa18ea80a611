import type { TokenView } from '../frame.js';
import type { IndirectQuote } from './report-sentence.js';
import { KeyRange } from '../../text/sorted-search.js';

/**
 * "According to Der Spiegel, which first reported the failed test last month, two riders were questioned": a
 * report whose cue lies in an aside between another report's cue and that report's content ends at the comma
 * before that content; the aside closes there ("the failed test last month"), and the clause after it is the
 * other report's.
 */
export function endBeforeFramedContent(view: TokenView, reports: IndirectQuote[]): IndirectQuote[] {
  const text = view.doc.article.text;
  // (Only reports whose content opens inside q's can end it: found by offset, not by a scan of every pair.)
  const starts = new KeyRange(reports, (r) => r.start);
  return reports.map((q) => {
    let end = q.end;
    for (const k of starts.indicesIn(q.start + 1, q.end - 1)) {
      const outer = reports[k]!;
      if (outer === q || outer.frame.cueStart >= q.frame.cueStart || outer.start <= q.start || outer.start >= end) continue;
      const comma = /,\s*$/.exec(text.slice(q.start, outer.start));
      if (comma && comma.index > 0) end = q.start + text.slice(q.start, q.start + comma.index).trimEnd().length;
    }
    return end === q.end ? q : { ...q, end };
  });
}
