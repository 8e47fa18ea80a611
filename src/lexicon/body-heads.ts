import { wordSetFrom } from './data-file.js';

let heads: Set<string> | undefined;

/** A noun that is a person heading a body when "of" the body follows: "the head of the council" (data/body-head-nouns.json). */
export function isBodyHeadNoun(word: string): boolean {
  heads ??= wordSetFrom('body-head-nouns.json', 'body_head_nouns');
  return heads.has(word);
}
