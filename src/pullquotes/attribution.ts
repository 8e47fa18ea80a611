import type { Quote } from '../types.js';
import { isWhiteSpace } from '../text/boundaries.js';

const MAX_WORDS = 30;

/**
 * Ready-to-paste text: “quote” — Speaker, role, to Outlet. A long quote is shortened to whole
 * sentences (or, failing that, whole words) with an ellipsis where words were left out. The words
 * kept are not changed, but: a trailing comma before the closing mark becomes a full stop, double
 * quotes inside become single ones, and line breaks and runs of white space become one space.
 */
export function pullquoteText(quote: Pick<Quote, 'text' | 'speaker' | 'speaker_role' | 'outlet' | 'speaker_kind'>, options: { avoid?: (sentence: string) => boolean } = {}): string {
  const body = pasteReady(shorten(quote.text.trim(), options.avoid)).replace(/,$/, '.');
  const credit = [quote.speaker, quote.speaker_role, quote.outlet && quote.outlet !== quote.speaker ? `to ${quote.outlet}` : null].filter(Boolean).join(', ');
  return credit ? `“${body}” — ${credit}` : `“${body}”`;
}

/**
 * Text that sits inside “…” on one line: inner double quotes become single ones in the outer curly
 * style (‘ ’; a straight " opens after white space or an opening bracket, else closes), and any run of
 * white space (a line break of the source) one space.
 */
function pasteReady(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[“„]/g, '‘')
    .replace(/”/g, '’')
    .replace(/"/g, (_m, at: number, s: string) => (at === 0 || /[\s([{‘—–-]/.test(s[at - 1]!) ? '‘' : '’'));
}

/** The number of words between white space: what s.split(/\s+/).filter(Boolean).length counts, without building them. */
function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isWhiteSpace(s.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

function shorten(text: string, avoid?: (sentence: string) => boolean): string {
  if (countWords(text) <= MAX_WORDS && !(avoid?.(text))) return text;
  // Sentences with their offsets and word counts, to pick a run of whole sentences that fits.
  const sentences = [...text.matchAll(/[^.!?]+(?:[.!?]+["”’]?|$)\s*/g)].map((m) => ({ start: m.index!, text: m[0], words: countWords(m[0]) }));
  let best: { from: number; to: number; words: number } | null = null;
  for (let i = 0; i < sentences.length; i++) {
    let words = 0;
    for (let j = i; j < sentences.length; j++) {
      words += sentences[j]!.words;
      if (words > MAX_WORDS) break;
      if (avoid && sentences.slice(i, j + 1).some((s) => avoid(s.text))) break;
      if (!best || words > best.words) best = { from: i, to: j, words };
    }
  }
  if (best && best.words >= 6) {
    const start = sentences[best.from]!.start;
    const last = sentences[best.to]!;
    const piece = text.slice(start, last.start + last.text.trimEnd().length);
    return `${start > 0 ? '… ' : ''}${piece}${last.start + last.text.length < text.length ? ' …' : ''}`;
  }
  // One long sentence: its last words up to the limit, at a word boundary, after any word to avoid.
  const all = text.split(/\s+/);
  let from = Math.max(0, all.length - (MAX_WORDS - 2));
  if (avoid) {
    const lastBad = all.map((w, i) => (avoid(w) ? i : -1)).reduce((a, b) => Math.max(a, b), -1);
    if (lastBad >= 0 && all.length - lastBad - 1 >= 6) from = Math.max(from, lastBad + 1);
  }
  return `${from > 0 ? '… ' : ''}${all.slice(from).join(' ')}`;
}
