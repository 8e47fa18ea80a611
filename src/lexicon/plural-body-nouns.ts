import { readFileSync } from 'node:fs';

let nouns: ReadonlySet<string> | undefined;

/** data/plural-body-nouns.json: plural descriptions of bodies ("the companies"), which stand for bodies named together. */
export function isPluralBodyNoun(word: string): boolean {
  nouns ??= new Set((JSON.parse(readFileSync(new URL('../../data/plural-body-nouns.json', import.meta.url), 'utf8')) as { nouns: string[] }).nouns);
  return nouns.has(word);
}
