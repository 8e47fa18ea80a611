import { wordSetFrom } from './data-file.js';

let words: ReadonlySet<string> | undefined;

/** A noun for a view or message a person states (data/stated-view-nouns.json): "had a different view:". */
export function isStatedViewNoun(word: string): boolean {
  words ??= wordSetFrom('stated-view-nouns.json', 'words');
  return words.has(word);
}
