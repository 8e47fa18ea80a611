import { wordSetFrom } from './data-file.js';

let nouns: Set<string> | undefined;

/** A noun for a body a named owner sends or appoints: "the OSCE mission", "Saudi Arabia's delegation" (data/owned-bodies.json). */
export function isOwnedBodyNoun(word: string): boolean {
  nouns ??= wordSetFrom('owned-bodies.json', 'owned_body_nouns');
  return nouns.has(word);
}
