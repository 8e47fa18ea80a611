import { readDataFile } from './data-file.js';

let words: readonly string[] | undefined;

/** Trades and arts that stand before a name as a title (data/occupations.json), small letters: "saxophonist", "cellist". */
export function occupationWords(): readonly string[] {
  words ??= readDataFile<{ words: string[] }>('occupations.json').words;
  return words;
}
