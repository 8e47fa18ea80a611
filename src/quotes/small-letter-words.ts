/**
 * Whether the article writes `lower` (a word in small letters) as a whole word anywhere: a capitalised word the
 * text also uses in small letters is an ordinary word at a sentence's start, no one's name.
 * Remembered for the last article asked about: an article of thousands of sentences each opening with the same
 * word would otherwise scan the whole text once per sentence (quadratic, as the bench's article shapes showed).
 */
import { NO_LETTER_AFTER, NO_LETTER_BEFORE, WORD_BOUNDARY, literalMatchIn } from '../text/literal-matches.js';

// (The words asked about are letters only, so they are looked up as written.)

let lastText: string | undefined;
const seen = new Map<string, boolean>();
const seenBetweenBoundaries = new Map<string, boolean>();
let headlineFirstLine: boolean | undefined;
let firstBreak: number | undefined;

function forArticle(text: string): void {
  if (text === lastText) return;
  lastText = text;
  seen.clear();
  seenBetweenBoundaries.clear();
  headlineFirstLine = undefined;
  firstBreak = undefined;
}

export function writtenInSmallLetters(text: string, lower: string): boolean {
  forArticle(text);
  let found = seen.get(lower);
  if (found === undefined) {
    found = literalMatchIn(text, lower, NO_LETTER_BEFORE, NO_LETTER_AFTER);
    seen.set(lower, found);
  }
  return found;
}

/**
 * Whether `word` stands between word boundaries (`\b`, ASCII) anywhere in the article: the older test of
 * unlistedGivenName, remembered per word for the article like writtenInSmallLetters.
 */
export function writtenAsWord(text: string, word: string): boolean {
  forArticle(text);
  let found = seenBetweenBoundaries.get(word);
  if (found === undefined) {
    found = literalMatchIn(text, word, WORD_BOUNDARY, WORD_BOUNDARY);
    seenBetweenBoundaries.set(word, found);
  }
  return found;
}

/** `headline(first line)` for the article's first line (the whole text when it has no line break), computed once per article. */
export function firstLineIs(text: string, headline: (line: string) => boolean): boolean {
  forArticle(text);
  if (headlineFirstLine === undefined) {
    const firstLine = firstLineEnd(text);
    headlineFirstLine = headline(firstLine < 0 ? text : text.slice(0, firstLine));
  }
  return headlineFirstLine;
}

/** `text.indexOf('\n')`, once per article (an article without line breaks is scanned whole). */
export function firstLineEnd(text: string): number {
  forArticle(text);
  if (firstBreak === undefined) firstBreak = text.indexOf('\n');
  return firstBreak;
}
