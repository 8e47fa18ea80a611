import type { Paragraph } from '../types.js';
import type { MarkedSpan } from '../text/quotation-marks.js';
import { cueLexicon } from './cues.js';

// Words that give the name, title or label in quotation marks right after them: no one is quoted there.
// Both the quote stage (which drops such spans) and entity extraction (which skips them) ask.

/** A name given right after a naming word, maybe with a pronoun for what is named: "fans nicknamed them “Marlo,”". */
export function followsNicknameWord(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  return followsOneOf(text.slice(Math.max(paragraph.start, span.open - 40), span.open), cueLexicon().nicknameWords);
}

/** A code name or working title right after its naming word: "a shooter code-named “Lantern,”", "its working title “…”". */
export function followsCodeNameWord(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  return followsOneOf(text.slice(Math.max(paragraph.start, span.open - 40), span.open), cueLexicon().codeNameWords);
}

/** Words printed on a thing right after the word that gives them: "T-shirts reading “Save the Pier,”", "mugs printed with “…”". */
export function followsInscribingWord(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  return followsOneOf(text.slice(Math.max(paragraph.start, span.open - 40), span.open), cueLexicon().inscribingWords);
}

/** Whether one of `words` (lower case, whole words) ends the text before an opening mark, maybe with a pronoun or "the" between. */
export function followsOneOf(textBefore: string, words: string[]): boolean {
  const before = textBefore.toLowerCase().replace(/\s+(?:(?:them|him|her|it|the)\s+)?$/, '');
  return words.some((word) => before.endsWith(word) && !/[\p{L}-]/u.test(before.charAt(before.length - word.length - 1)));
}

/** A line labelling a text, named right after its label noun, maybe with a determiner: "ran under the headline “Storm Ahead”". */
export function followsLabelNoun(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  const before = /(\p{L}+)\s*(?:\s(?:the|a|an|its|his|her|their))?[\s,:]*$/u.exec(text.slice(Math.max(paragraph.start, span.open - 30), span.open));
  return !!before && cueLexicon().labelNouns.has(before[1]!.toLowerCase());
}
