import { readFileSync } from 'node:fs';

let words: readonly string[] | undefined;

/** Trades and arts that stand before a name as a title (data/occupations.json), small letters: "saxophonist", "cellist". */
export function occupationWords(): readonly string[] {
  words ??= (JSON.parse(readFileSync(new URL('../../data/occupations.json', import.meta.url), 'utf8')) as { words: string[] }).words;
  return words;
}
