import type { AnalyzedArticle, Paragraph } from '../types.js';
import type { MarkedSpan } from '../text/quotation-marks.js';

export function isWholeParagraph(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  return text.slice(paragraph.start, span.open).trim() === '' && text.slice(span.close + 1, paragraph.end).trim() === '';
}

export function startsParagraph(doc: AnalyzedArticle, span: MarkedSpan): boolean {
  return span.open === doc.paragraphs[span.paragraph]!.start;
}

export function paragraphOf(doc: AnalyzedArticle, offset: number): number {
  let lo = 0;
  let hi = doc.paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.paragraphs[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
