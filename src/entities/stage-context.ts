// A title in a sentence about the stage, with no screen word there, is a play or a stage show, no film:
// "“Tin Harbour,” the new drama that opened at the Bath Festival, sold out" (but "premiered at the … Film Festival").
import { phrasePattern } from './stage-and-product-words.js';

let stagePattern: RegExp | undefined;
let screenPattern: RegExp | undefined;

/** Whether the sentence around the quoted title at `open`..`after` has a stage word and no screen word (data/stage-and-product-words.json). */
export function stagedTitle(text: string, open: number, after: number): boolean {
  stagePattern ??= phrasePattern('stage_context');
  screenPattern ??= phrasePattern('screen_context');
  const sentence = sentenceAround(text, open, after);
  return stagePattern.test(sentence) && !screenPattern.test(sentence);
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
