import { wordSetFrom } from './data-file.js';

let words: ReadonlySet<string> | undefined;

/** Kind words whose name's first word alone is not the body: "Party", "Campaign" (data/kind-words-without-short-form.json). */
export function kindWordsWithoutShortForm(): ReadonlySet<string> {
  words ??= wordSetFrom('kind-words-without-short-form.json', 'words');
  return words;
}
