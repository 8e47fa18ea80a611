import type { AnalyzedArticle, QuoteType, Token } from '../types.js';
import type { MarkedSpan } from '../text/quotation-marks.js';
import { cueAt, cueEndsAt, type TokenView } from './frame.js';

export function quoteType(text: string, doc: AnalyzedArticle, span: MarkedSpan, tokens: Token[], view: TokenView): QuoteType {
  const para = doc.paragraphs[span.paragraph]!;
  let k = span.open - 1;
  while (k >= para.start && /\s/.test(text[k]!)) k--;
  if (k < para.start) return 'direct';
  // A quote opening a line of its own starts a sentence.
  if (text.slice(k, span.open).includes('\n')) return 'direct';
  const before = text[k]!;
  if (/[:,;.!?—–(\-]/.test(before)) {
    // "…, calling it “a disaster”" after a comma is still inside a clause when the quote starts lowercase.
    if (before === ',' && /^\p{Ll}/u.test(text[span.start]!)) {
      const comma = view.tokenAtOrAfter(k);
      // (A cue of several words ends there too: "“…,” Reyes cut in, “and …”".)
      if (comma > 0 && !cueEndsAt(tokens, comma - 1)) return 'partial';
    }
    return 'direct';
  }
  // Right after a cue verb: said “We will …” is direct when it opens like a sentence.
  const next = view.tokenAtOrAfter(k);
  const last = next < tokens.length && tokens[next]!.start <= k ? next : next - 1;
  if (last >= 0 && cueAt(tokens, last) && /^[\p{Lu}]/u.test(text[span.start]!)) return 'direct';
  return 'partial';
}
