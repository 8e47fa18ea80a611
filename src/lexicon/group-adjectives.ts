import { readFileSync } from 'node:fs';

let words: ReadonlySet<string> | undefined;

/** data/group-adjectives.json: adjectives that name a group of people after "the" ("the injured", "the bereaved"). */
export function groupAdjectives(): ReadonlySet<string> {
  words ??= new Set((JSON.parse(readFileSync(new URL('../../data/group-adjectives.json', import.meta.url), 'utf8')) as { words: string[] }).words);
  return words;
}
