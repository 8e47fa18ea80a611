import type { Sentence, Token } from '../../types.js';
import type { MarkedSpan } from '../../text/quotation-marks.js';
import type { Frame, TokenView } from '../frame.js';
import type { SpanIndex } from '../../text/span-index.js';
import { SentenceScan } from '../sentence-scan.js';
import { isTitleCase } from '../../nlp/words.js';
import { cueLexicon } from '../../lexicon/cues.js';
import { workWords } from '../../lexicon/work-words.js';
import { looksLikeTitle } from '../titled-works.js';
import { namedSetPhrase } from '../set-phrases.js';
import { labelOpeningSubject } from '../subject-labels.js';

export interface IndirectQuote {
  start: number;
  end: number;
  frame: Frame;
}

/** One sentence as the report rules read it. */
export interface ReportSentence {
  view: TokenView;
  tokens: Token[];
  /** The whole article's text. */
  articleText: string;
  s: Sentence;
  /** The sentence's last word token (before final punctuation). */
  last: number;
  /** The quotations of speech in the sentence. */
  quotes: MarkedSpan[];
  inQuote: (i: number) => boolean;
  /** Whether tokens[i] is inside a quoted name after a naming word ("titled “Say It Again,”"): never a cue. */
  inNamedTitle: (i: number) => boolean;
  /** The sentence's clause structure, read once when a rule first needs it. */
  scan: () => SentenceScan;
}

export function reportSentence(view: TokenView, marks: SpanIndex<MarkedSpan>, s: Sentence): ReportSentence {
  const tokens = view.tokens;
  // A sentence holding a quotation is the quote stage's; titles and scare quotes inside ("a fan of
  // “Keeping Up with the Harbour Crew”") do not make it one.
  const text = view.doc.article.text;
  // … but reported speech beside the quotation is still reported: "She said A, and when asked again,
  // answered, “…”" reports A; the content must stay clear of the quotation (with quoted words inside it
  // is a partial quote, the quote stage's).
  // (Nor does a set phrase named in the content: "said the club's motto, “…,” would sell mugs" reports that clause.)
  // (… nor a label in the noun phrase opening the sentence: "The “safe passage plan” will be reviewed, officials said".)
  const paragraph = view.doc.paragraphs[s.paragraph]!;
  const quotes = marks.overlapping(s.start, s.end).filter((m) => isSpeechLike(text.slice(m.start, m.end)) && !titleAfterWorkWord(text, m) && !namedSetPhrase(text, m, paragraph) && !labelOpeningSubject(text, m, paragraph));
  const inQuote = (i: number) => quotes.some((m) => tokens[i]!.start >= m.open && tokens[i]!.start < Math.max(m.end, m.close + 1));
  const titles = marks.overlapping(s.start, s.end).filter((m) => namedBefore(text, m.open));
  const inNamedTitle = (i: number) => titles.some((m) => tokens[i]!.start > m.open && tokens[i]!.start < m.close);
  let last = s.tokenEnd - 1;
  while (last > s.tokenStart && tokens[last]!.pos === 'PUNCT') last--;
  let scanned: SentenceScan | undefined;
  return { view, tokens, articleText: text, s, last, quotes, inQuote, inNamedTitle, scan: () => (scanned ??= new SentenceScan(tokens, s.tokenStart, last)) };
}

/** Whether the word right before the mark at `open` (over a comma) names what follows: "titled", "called" (cues.json title_naming_words). */
function namedBefore(text: string, open: number): boolean {
  const word = /(\p{L}+)\s*,?\s*$/u.exec(text.slice(Math.max(0, open - 20), open))?.[1];
  return !!word && cueLexicon().titleNamingWords.has(word.toLowerCase());
}

// The loops over a sentence's tokens (in cue-reports.ts and object-cues.ts) ask these instead of
// found.some((q) => …): a closure over a variable of the loop's body made V8 allocate that body's
// variables anew for every token.

/** Whether a report in out[from…] overlaps [start, end). */
export function overlapsFrom(out: IndirectQuote[], from: number, start: number, end: number): boolean {
  for (let k = from; k < out.length; k++) if (out[k]!.start < end && out[k]!.end > start) return true;
  return false;
}

/** Whether a report in `found` has its cue at tokens[cue]. */
export function hasCueToken(found: IndirectQuote[], cue: number): boolean {
  for (const q of found) if (q.frame.cueToken === cue) return true;
  return false;
}

/** Whether a report in `found` spans exactly [start, end). */
export function hasSpan(found: IndirectQuote[], start: number, end: number): boolean {
  for (const q of found) if (q.start === start && q.end === end) return true;
  return false;
}

/** Whether inQuote holds for a token in [from, to]. */
export function someInQuote(inQuote: (i: number) => boolean, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (inQuote(k)) return true;
  return false;
}

let workBefore: RegExp | undefined;

/**
 * A title in any language's title case right after the kind of work it is: the album “Mar de Fondo”, the
 * film “Noche y Día” — a name, not quoted words, though its small words are lower case.
 */
function titleAfterWorkWord(text: string, m: MarkedSpan): boolean {
  workBefore ??= new RegExp(`(?<!\\p{L})(?:${workWords('before_quoted_title').join('|')})\\s*,?\\s*$`, 'iu');
  return looksLikeTitle(text.slice(m.start, m.end).split(/\s+/).filter(Boolean)) && workBefore.test(text.slice(Math.max(0, m.open - 20), m.open));
}

/** Quoted words rather than a title: not every word capitalised ("rather not" counts, “Red” does not). */
function isSpeechLike(quoted: string): boolean {
  const words = quoted.split(/\s+/).filter(Boolean);
  return !isTitleCase(words);
}
