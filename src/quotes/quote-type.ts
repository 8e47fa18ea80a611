import type { AnalyzedArticle, QuoteType, Token } from '../types.js';
import { firstMarkFrom, type MarkedSpan } from '../text/quotation-marks.js';
import { cueAt, cueEndsAt, type TokenView } from './frame.js';

const CLOSING_MARKS = '”’"\'';
/** Words that may follow a cue before a split quotation resumes: "she added, to laughter, “…”", "he said quietly, “…”". */
const ADJUNCT_POS = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'ADV', 'PRON', 'NUM', 'PUNCT', 'CCONJ']);

export function quoteType(text: string, doc: AnalyzedArticle, span: MarkedSpan, tokens: Token[], view: TokenView): QuoteType {
  const para = doc.paragraphs[span.paragraph]!;
  let k = span.open - 1;
  while (k >= para.start && /\s/.test(text[k]!)) k--;
  if (k < para.start) return 'direct';
  // A quote opening a line of its own starts a sentence.
  if (text.slice(k, span.open).includes('\n')) return 'direct';
  const before = text[k]!;
  // A quotation closed by its sentence's end ("… was “not a blank cheque.” “We voted …”") ends that sentence:
  // the quote after it starts a new one.
  if (CLOSING_MARKS.includes(before) && k > para.start && /[.!?]/.test(text[k - 1]!)) return 'direct';
  if (/[:,;.!?—–(\-]/.test(before)) {
    // "…, calling it “a disaster”" after a comma is still inside a clause when the quote starts lowercase.
    if (before === ',' && /^\p{Ll}/u.test(text[span.start]!)) {
      const comma = view.tokenAtOrAfter(k);
      // (A cue of several words ends there too: "“…,” Reyes cut in, “and …”".)
      if (comma > 0 && !cueEndsAt(tokens, comma - 1) && !resumesSplitQuotation(text, doc, span, tokens, view, comma)) return 'partial';
    }
    return 'direct';
  }
  // Right after a cue verb: said “We will …” is direct when it opens like a sentence.
  const next = view.tokenAtOrAfter(k);
  const last = next < tokens.length && tokens[next]!.start <= k ? next : next - 1;
  if (last >= 0 && cueAt(tokens, last) && /^[\p{Lu}]/u.test(text[span.start]!)) return 'direct';
  return 'partial';
}

/**
 * A sentence of speech split by its attribution and an aside goes on after it: "“I wrote it for my sisters,” she
 * added, to laughter, “and they have told me so.”" The quote before opens like a sentence and stops at a comma
 * inside its marks; between the two stand a cue and only words of manner or occasion (no second verb, as in
 * "“Fine,” she said, calling it “a start”").
 */
function resumesSplitQuotation(text: string, doc: AnalyzedArticle, span: MarkedSpan, tokens: Token[], view: TokenView, comma: number): boolean {
  const prev = doc.marked[firstMarkFrom(doc.marked, span.open) - 1];
  if (!prev || prev.paragraph !== span.paragraph || prev.runsOn || prev.single !== span.single) return false;
  if (!/^[\p{Lu}\d]/u.test(text[prev.start]!) || text[prev.end - 1] !== ',') return false;
  const from = view.tokenAtOrAfter(prev.close + 1);
  let cueLast = -1;
  for (let i = from; i < comma; i++) {
    if (cueLast < 0) {
      const cue = cueAt(tokens, i);
      if (cue) { cueLast = cue.last; i = cue.last; }
      else if (tokens[i]!.pos === 'VERB' || /[.!?]/.test(tokens[i]!.text)) return false;
    } else if (!ADJUNCT_POS.has(tokens[i]!.pos)) return false;
  }
  return cueLast >= 0;
}
