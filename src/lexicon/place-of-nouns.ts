import { readFileSync } from 'node:fs';

let words: ReadonlySet<string> | undefined;

/** A noun for a kind of place that takes its name after "the … of" ("region" in "the region of Valdoria"; data/place-of-nouns.json), in small letters. */
export function isPlaceOfNoun(word: string): boolean {
  words ??= new Set((JSON.parse(readFileSync(new URL('../../data/place-of-nouns.json', import.meta.url), 'utf8')) as { words: string[] }).words);
  return words.has(word);
}
