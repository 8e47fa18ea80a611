import { readFileSync } from 'node:fs';

let nouns: Set<string> | undefined;

/** Nouns for an animal, a group, a firm or a thing (data/named-things.json): what is named but is no person. */
export function isNamedThingNoun(word: string): boolean {
  nouns ??= new Set((JSON.parse(readFileSync(new URL('../../data/named-things.json', import.meta.url), 'utf8')) as { nouns: string[] }).nouns);
  return nouns.has(word);
}
