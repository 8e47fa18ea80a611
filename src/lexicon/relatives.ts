import { readFileSync } from 'node:fs';

let words: readonly string[] | undefined;

/** Nouns for a relative or a partner (data/relatives.json), in small letters: "widow", "stepson", "twins". */
export function relativeNouns(): readonly string[] {
  words ??= (JSON.parse(readFileSync(new URL('../../data/relatives.json', import.meta.url), 'utf8')) as { words: string[] }).words;
  return words;
}
