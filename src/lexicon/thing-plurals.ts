import { readFileSync } from 'node:fs';

let nouns: Set<string> | undefined;

/** Plural nouns for things shaped like agent nouns, "payments", "errors" (data/thing-plurals.json): no people. */
export function isThingPlural(word: string): boolean {
  nouns ??= new Set((JSON.parse(readFileSync(new URL('../../data/thing-plurals.json', import.meta.url), 'utf8')) as { nouns: string[] }).nouns);
  return nouns.has(word);
}
