import { wordSetFrom } from './data-file.js';

let nouns: ReadonlySet<string> | undefined;

/** data/station-medium-nouns.json: "radio", "television" after an unknown station acronym ("DZBB radio"). */
export function isStationMediumNoun(word: string): boolean {
  nouns ??= wordSetFrom('station-medium-nouns.json', 'nouns');
  return nouns.has(word.toLowerCase());
}
