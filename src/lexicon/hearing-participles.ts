import { wordSetFrom } from './data-file.js';

let words: ReadonlySet<string> | undefined;

/** A participle of being told something ("told", "informed"; data/hearing-participles.json), in small letters. */
export function isHearingParticiple(word: string): boolean {
  words ??= wordSetFrom('hearing-participles.json', 'words');
  return words.has(word);
}
