import { wordSetFrom } from './data-file.js';

let words: ReadonlySet<string> | undefined;

/** A noun for a kind of place that takes its name after "the … of" ("region" in "the region of Valdoria"; data/place-of-nouns.json), in small letters. */
export function isPlaceOfNoun(word: string): boolean {
  words ??= wordSetFrom('place-of-nouns.json', 'words');
  return words.has(word);
}
