import { wordSetFrom } from './data-file.js';

let words: ReadonlySet<string> | undefined;

/** data/firm-division-words.json: whether a capitalised word after a firm's abbreviation names a division ("Warner Bros. Television"). */
export function isFirmDivisionWord(word: string): boolean {
  words ??= wordSetFrom('firm-division-words.json', 'words');
  return words.has(word);
}
