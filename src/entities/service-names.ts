// A name right after a noun that describes a firm by its service ("property website Rightmove said", "the
// booking app Tripwell", "the insurer Halvard") is the firm's: people are described by roles, not by these nouns.
import { nonPersonNameWords } from '../lexicon/non-person-name-words.js';
import { alternatives } from '../nlp/words.js';

let serviceBefore: RegExp | undefined;

/** Whether `before` (the text right before a name) ends with a service noun written in lower case. */
export function afterServiceNoun(before: string): boolean {
  if (!serviceBefore) {
    serviceBefore = new RegExp(String.raw`(?:^|[\s(])(?:${alternatives(nonPersonNameWords().service_nouns!)})\s+$`);
  }
  return serviceBefore.test(before);
}
