import type { AnalyzedArticle, Paragraph } from '../types.js';
import type { MarkedSpan } from '../text/quotation-marks.js';
import { SPOKEN_RIGHT_AFTER } from './frame.js';

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

/** A headline: the first paragraph when it has no sentence-ending punctuation, or a short title line. */
export function isHeadline(doc: AnalyzedArticle, paragraph: number): boolean {
  const p = doc.paragraphs[paragraph]!;
  const line = doc.article.text.slice(p.start, p.end);
  if (paragraph === 0 && line.length < 200 && !/[.!?]["”’]?\s*$/.test(line) && !spokenInStraightSingles(line)) return true;
  // A title-case first line is a headline even when it ends with a full stop.
  if (paragraph === 0 && line.length < 200) {
    const words = line.split(/\s+/).filter((w) => /^[\p{L}‘'“"]/u.test(w));
    const capitalised = words.filter((w) => /^[‘'“"]?\p{Lu}/u.test(w)).length;
    // (Not a line of speech with a named speaker: "“Fine,” said Bo Lee.")
    const spoken = /[,!?][”"]\s*/.exec(line);
    if (words.length >= 4 && capitalised / words.length >= 0.75 && !(spoken && SPOKEN_RIGHT_AFTER.test(line.slice(spoken.index + spoken[0].length)))) return true;
  }
  if (doc.article.title && line.trim() === doc.article.title.trim()) return true;
  return false;
}

/**
 * A line ending in a stop and a straight ' that quotes someone with a speech frame ("'We won,' Pell said. 'It
 * was hard.'"): a sentence, not a headline. (Headline decks end in quoted phrases too, "Mayor vows a plan
 * 'within weeks.'", with no frame: those stay headlines.)
 */
function spokenInStraightSingles(line: string): boolean {
  if (!/[.!?]'\s*$/.test(line)) return false;
  for (const m of line.matchAll(/[,!?]'/g)) if (SPOKEN_RIGHT_AFTER.test(line.slice(m.index + 2))) return true;
  return false;
}

/**
 * Headlines quote with single marks ("Mayor calls plan ‘a disaster’."), body text with double ones: a
 * single-quoted span in a short opening line is the headline's, even when the line reads like a sentence.
 */
export function isHeadlineQuote(doc: AnalyzedArticle, span: MarkedSpan): boolean {
  if (span.paragraph !== 0 || !span.single || doc.paragraphs.length < 2) return false;
  const p = doc.paragraphs[0]!;
  return p.end - p.start < 150 && !/["“”]/.test(doc.article.text.slice(p.start, p.end));
}
