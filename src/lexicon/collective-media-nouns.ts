import { wordSetFrom } from './data-file.js';

let nouns: ReadonlySet<string> | undefined;

/** A noun for news media taken together (data/collective-media-nouns.json), small letters: "media", "television". */
export function isCollectiveMediaNoun(phrase: string): boolean {
  nouns ??= wordSetFrom('collective-media-nouns.json', 'nouns');
  return nouns.has(phrase);
}
