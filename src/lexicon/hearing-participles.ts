import { readFileSync } from 'node:fs';

let words: ReadonlySet<string> | undefined;

/** A participle of being told something ("told", "informed"; data/hearing-participles.json), in small letters. */
export function isHearingParticiple(word: string): boolean {
  words ??= new Set((JSON.parse(readFileSync(new URL('../../data/hearing-participles.json', import.meta.url), 'utf8')) as { words: string[] }).words);
  return words.has(word);
}
