// A title in a sentence about the stage, with no screen word there, is a play or a stage show, no film:
// "“Tin Harbour,” the new drama that opened at the Bath Festival, sold out" (but "premiered at the … Film Festival").
import { phrasePattern } from './stage-and-product-words.js';

let stagePattern: RegExp | undefined;
let screenPattern: RegExp | undefined;

/** Whether the sentence around the quoted title at `open`..`after` has a stage word and no screen word (data/stage-and-product-words.json). */
export function stagedTitle(text: string, open: number, after: number): boolean {
  stagePattern ??= phrasePattern('stage_context');
  screenPattern ??= phrasePattern('screen_context');
  if (!titleLike(text.slice(open + 1, after - 1))) return false;
  const sentence = sentenceAround(text, open, after);
  return stagePattern.test(sentence) && !screenPattern.test(sentence);
}

// Short words a title leaves in lower case: "The Book of Mormon", "Death of a Salesman".
const MINOR_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'into', 'vs', 'vs.']);

/**
 * Whether the words inside quotation marks read as a title: a name's shape (see shortName) with every word but the
 * short ones capitalised. A quoted sentence or headline ("Ana Ruiz leaves the show on its way to Broadway,") is
 * speech, no title, even in a sentence about the stage.
 */
export function titleLike(inner: string): boolean {
  const words = shortName(inner);
  return !!words && words.every((w, i) => /^[^\p{L}]*(?:\p{Lu}|\d)/u.test(w) || (i > 0 && MINOR_WORDS.has(w.toLowerCase())));
}

/** The words of a quotation short enough for a name (at most eight) with no sentence punctuation inside, else null. */
export function shortName(inner: string): string[] | null {
  const bare = inner.replace(/[,.;:!?]+$/u, '').trim();
  const words = bare.split(/\s+/u).filter((w) => w);
  return words.length === 0 || words.length > 8 || /[.!?;:,]\s/u.test(bare) ? null : words;
}

// A sentence ends at . ! ? (maybe before a closing mark) and a space, or at a paragraph break.
const SENTENCE_END = /[.!?][”"’)]?\s+(?=[“"‘(]?\p{Lu})|\n/gu;

/** The sentence holding open..after, read from the text around it (no further than 300 characters either side). */
function sentenceAround(text: string, open: number, after: number): string {
  const from = Math.max(0, open - 300);
  let start = from;
  for (const m of text.slice(from, open).matchAll(SENTENCE_END)) start = from + m.index + m[0].length;
  const rest = text.slice(after, after + 300);
  SENTENCE_END.lastIndex = 0;
  const end = SENTENCE_END.exec(rest);
  return text.slice(start, end ? after + end.index + 1 : after + rest.length);
}
