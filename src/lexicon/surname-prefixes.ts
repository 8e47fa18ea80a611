import { wordSetFrom } from './data-file.js';

let prefixes: Set<string> | undefined;

/** "Mac", "Van", "Fitz": a prefix that opens a name written with a second capital (data/surname-prefixes.json). */
export function isSurnamePrefix(word: string): boolean {
  prefixes ??= wordSetFrom('surname-prefixes.json', 'surname_prefixes');
  return prefixes.has(word);
}
