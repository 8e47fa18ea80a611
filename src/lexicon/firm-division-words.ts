import { readFileSync } from 'node:fs';

let words: ReadonlySet<string> | undefined;

/** data/firm-division-words.json: whether a capitalised word after a firm's abbreviation names a division ("Warner Bros. Television"). */
export function isFirmDivisionWord(word: string): boolean {
  words ??= new Set((JSON.parse(readFileSync(new URL('../../data/firm-division-words.json', import.meta.url), 'utf8')) as { words: string[] }).words);
  return words.has(word);
}
