import type { Paragraph } from '../types.js';
import { rememberLastText } from './last-text.js';

// A paragraph ends at a blank line (or a line break followed by indentation-only lines).
// Single line breaks inside a paragraph are kept: plain-text news often wraps lines.
const PARAGRAPH_BREAK = /\r?\n[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)+/g;

/**
 * Split text into paragraphs with exact offsets into the original text.
 * Leading and trailing white space is trimmed from each span; empty paragraphs are dropped.
 */
export function segmentParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let cursor = 0;
  const push = (from: number, to: number) => {
    let start = from;
    let end = to;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) paragraphs.push({ start, end, index: paragraphs.length });
  };
  for (const match of text.matchAll(PARAGRAPH_BREAK)) {
    push(cursor, match.index!);
    cursor = match.index! + match[0].length;
  }
  push(cursor, text.length);
  return paragraphs;
}

/**
 * The paragraph index of an offset as a reader of the story sees it: a paragraph also ends at a line
 * break after a sentence's end, because feeds and celebrity sites set one paragraph a line (wrapped plain
 * text breaks lines mid-sentence, so a bare line break elsewhere does not count). segmentParagraphs keeps
 * such lines together, which is what sentence splitting needs.
 */
export function storyParagraphs(text: string): (offset: number) => number {
  // (Several carriers ask for the same article's paragraphs in turn: the last article's are kept.)
  return lastStoryParagraphs(text);
}

const lastStoryParagraphs = rememberLastText(paragraphReader);

function paragraphReader(text: string): (offset: number) => number {
  const breaks: number[] = [];
  for (const m of text.matchAll(/([.!?:"'”’)\]])?[ \t]*\r?\n(\s*\n)?/g)) if (m[1] || m[2]) breaks.push(m.index! + m[0].length);
  return (offset) => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x2028 || code === 0x2029;
}
