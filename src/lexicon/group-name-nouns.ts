import { wordSetFrom } from './data-file.js';

let nouns: ReadonlySet<string> | undefined;

/** A noun for a group acting together, small letters, that may follow the group's own name (data/group-name-nouns.json): "alliance", "coalition". */
export function isGroupNameNoun(word: string): boolean {
  nouns ??= wordSetFrom('group-name-nouns.json', 'nouns');
  return nouns.has(word);
}
