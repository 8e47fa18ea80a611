import { wordSetFrom } from './data-file.js';

let verbs: ReadonlySet<string> | undefined;

/** Whether a word, in small letters, is a verb a title-case headline opens its clause with ("sues", "clash"; data/headline-verbs.json). */
export function isHeadlineVerb(word: string): boolean {
  verbs ??= wordSetFrom('headline-verbs.json', 'words');
  return verbs.has(word);
}
