import { wordSetFrom } from './data-file.js';

let possessions: ReadonlySet<string> | undefined;
let modifiers: ReadonlySet<string> | undefined;

/** data/company-evidence-words.json possessions: what only a body owns after a name's "'s" ("Transdev's trains"). */
export function isBodyPossession(word: string): boolean {
  possessions ??= wordSetFrom('company-evidence-words.json', 'possessions');
  return possessions.has(word);
}

/** data/company-evidence-words.json modifiers: a noun a body's bare name stands before ("a Transdev spokesperson"). */
export function isBodyModifiedNoun(word: string): boolean {
  modifiers ??= wordSetFrom('company-evidence-words.json', 'modifiers');
  return modifiers.has(word);
}
