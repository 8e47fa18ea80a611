import { wordSetFrom } from './data-file.js';

let words: ReadonlySet<string> | undefined;

/** data/obligation-verbs.json: verbs (lemmas) that oblige or allow their object to do what an infinitive says. */
export function obligationVerbs(): ReadonlySet<string> {
  words ??= wordSetFrom('obligation-verbs.json', 'words');
  return words;
}
