import { wordSetFrom } from './data-file.js';

let words: ReadonlySet<string> | undefined;

/** data/group-adjectives.json: adjectives that name a group of people after "the" ("the injured", "the bereaved"). */
export function groupAdjectives(): ReadonlySet<string> {
  words ??= wordSetFrom('group-adjectives.json', 'words');
  return words;
}
