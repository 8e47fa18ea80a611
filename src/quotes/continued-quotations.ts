import type { AnalyzedArticle } from '../types.js';
import type { Attribution } from './attribution.js';
import type { MarkedSpan } from '../text/quotation-marks.js';
import { startsParagraph } from './paragraphs.js';

/** A quote found in quotation marks: where it sits in the quote list, its span and its attribution. */
export interface MarkedQuote {
  index: number;
  span: MarkedSpan;
  attribution: Attribution | null;
}

/**
 * A quotation over several paragraphs leaves each paragraph but the last unclosed and opens the next
 * with a quotation mark (“We will build it.¶“And open it in June,” said Kell.): an unattributed quote
 * that runs to its paragraph's end shares the attribution of the quote opening the next paragraph,
 * back through every paragraph of the quotation.
 */
export function continuedQuotations(doc: AnalyzedArticle, marked: MarkedQuote[]): { index: number; from: MarkedQuote }[] {
  const out: { index: number; from: MarkedQuote }[] = [];
  let next: MarkedQuote | null = null;
  for (let k = marked.length - 1; k >= 0; k--) {
    const m = marked[k]!;
    // (In the same kind of marks: a British quotation in single marks continues as one in double marks does.)
    const continues = !m.attribution && m.span.runsOn && next?.attribution &&
      next.span.paragraph === m.span.paragraph + 1 && startsParagraph(doc, next.span) && next.span.single === m.span.single;
    if (continues) {
      const from: MarkedQuote = { ...m, attribution: next!.attribution };
      out.push({ index: m.index, from });
      next = from;
    } else next = m;
  }
  return out;
}
