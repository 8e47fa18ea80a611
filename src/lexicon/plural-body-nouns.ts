import { wordSetFrom } from './data-file.js';

let nouns: ReadonlySet<string> | undefined;

/** data/plural-body-nouns.json: plural descriptions of bodies ("the companies"), which stand for bodies named together. */
export function isPluralBodyNoun(word: string): boolean {
  nouns ??= wordSetFrom('plural-body-nouns.json', 'nouns');
  return nouns.has(word);
}
