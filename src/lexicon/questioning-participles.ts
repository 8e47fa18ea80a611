import { readFileSync } from 'node:fs';

let words: ReadonlySet<string> | undefined;

/** A participle of having a question put to one ("asked", "pressed"; data/questioning-participles.json), in small letters. */
export function isQuestioningParticiple(word: string): boolean {
  words ??= new Set((JSON.parse(readFileSync(new URL('../../data/questioning-participles.json', import.meta.url), 'utf8')) as { words: string[] }).words);
  return words.has(word);
}
