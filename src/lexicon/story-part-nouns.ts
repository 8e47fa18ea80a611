import { wordSetFrom } from './data-file.js';

let words: ReadonlySet<string> | undefined;

/** A noun for a person's part in a story (data/story-part-nouns.json), small letters: "headliner", "whistleblower". */
export function isStoryPartNoun(word: string): boolean {
  words ??= wordSetFrom('story-part-nouns.json', 'words');
  return words.has(word);
}
