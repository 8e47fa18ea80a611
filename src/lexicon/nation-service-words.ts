import { wordSetFrom } from './data-file.js';

let words: ReadonlySet<string> | undefined;

/** data/nation-service-words.json: a public service's word that, before a nation's name, names its body there ("Police Scotland"). */
export function isNationServiceWord(word: string): boolean {
  words ??= wordSetFrom('nation-service-words.json', 'words');
  return words.has(word);
}
