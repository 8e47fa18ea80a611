import { readDataFile } from './data-file.js';

let words: readonly string[] | undefined;

/** Trades and arts that stand before a name as a title (data/occupations.json), small letters: "saxophonist", "cellist". */
export function occupationWords(): readonly string[] {
  words ??= readDataFile<{ words: string[] }>('occupations.json').words;
  return words;
}

let formerOnly: ReadonlySet<string> | undefined;

/** A noun for what a person once was, a title only after "ex-" or "former" (data/occupations.json former_only): "international". */
export function isFormerOnlyRole(word: string): boolean {
  formerOnly ??= new Set(readDataFile<{ former_only: string[] }>('occupations.json').former_only);
  return formerOnly.has(word);
}
