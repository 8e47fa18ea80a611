import { readFileSync } from 'node:fs';

let nouns: ReadonlySet<string> | undefined;

/** data/station-medium-nouns.json: "radio", "television" after an unknown station acronym ("DZBB radio"). */
export function isStationMediumNoun(word: string): boolean {
  nouns ??= new Set((JSON.parse(readFileSync(new URL('../../data/station-medium-nouns.json', import.meta.url), 'utf8')) as { nouns: string[] }).nouns);
  return nouns.has(word.toLowerCase());
}
