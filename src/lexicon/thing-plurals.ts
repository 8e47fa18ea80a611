import { wordSetFrom } from './data-file.js';

let nouns: Set<string> | undefined;

/** Plural nouns for things shaped like agent nouns, "payments", "errors" (data/thing-plurals.json): no people. */
export function isThingPlural(word: string): boolean {
  nouns ??= wordSetFrom('thing-plurals.json', 'nouns');
  return nouns.has(word);
}
