import { wordSetFrom } from './data-file.js';

let subjects: ReadonlySet<string> | undefined;
let readAsModifiers: ReadonlySet<string> | undefined;

/** data/standalone-quantifiers.json words: a quantifier that can stand alone as a subject ("none had", "most agreed"). */
export function isStandaloneQuantifier(word: string): boolean {
  subjects ??= wordSetFrom('standalone-quantifiers.json', 'words');
  return subjects.has(word);
}

/** data/standalone-quantifiers.json read_as_modifiers: one of those the tagger reads as an adverb or adjective even alone. */
export function isQuantifierReadAsModifier(word: string): boolean {
  readAsModifiers ??= wordSetFrom('standalone-quantifiers.json', 'read_as_modifiers');
  return readAsModifiers.has(word);
}
