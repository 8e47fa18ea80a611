import { wordSetFrom } from './data-file.js';

let words: ReadonlySet<string> | undefined;

/** Profane words, lower case (data/profanity.json). */
export function profaneWords(): ReadonlySet<string> {
  words ??= wordSetFrom('profanity.json', 'words');
  return words;
}
