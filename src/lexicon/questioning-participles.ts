import { wordSetFrom } from './data-file.js';

let words: ReadonlySet<string> | undefined;

/** A participle of having a question put to one ("asked", "pressed"; data/questioning-participles.json), in small letters. */
export function isQuestioningParticiple(word: string): boolean {
  words ??= wordSetFrom('questioning-participles.json', 'words');
  return words.has(word);
}
