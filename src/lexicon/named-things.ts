import { wordSetFrom } from './data-file.js';

let nouns: Set<string> | undefined;

/** Nouns for an animal, a group, a firm or a thing (data/named-things.json): what is named but is no person. */
export function isNamedThingNoun(word: string): boolean {
  nouns ??= wordSetFrom('named-things.json', 'nouns');
  return nouns.has(word);
}
