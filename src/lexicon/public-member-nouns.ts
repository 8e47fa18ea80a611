import { wordSetFrom } from './data-file.js';

let words: ReadonlySet<string> | undefined;

/** A noun for a member of the public (data/public-member-nouns.json), singular, small letters: "shopper", "tenant". */
export function isPublicMemberNoun(word: string): boolean {
  words ??= wordSetFrom('public-member-nouns.json', 'words');
  return words.has(word);
}
