import { readFileSync } from 'node:fs';

let words: ReadonlySet<string> | undefined;

/** A noun for a person's part in a story (data/story-part-nouns.json), small letters: "headliner", "whistleblower". */
export function isStoryPartNoun(word: string): boolean {
  words ??= new Set((JSON.parse(readFileSync(new URL('../../data/story-part-nouns.json', import.meta.url), 'utf8')) as { words: string[] }).words);
  return words.has(word);
}
