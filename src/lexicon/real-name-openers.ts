import { readDataFile } from './data-file.js';

let phrases: string[][] | undefined;

/** Phrases opening a real-name aside after a stage name (data/real-name-openers.json), as lists of small-letter words, longest first. */
export function realNameOpeners(): string[][] {
  phrases ??= readDataFile<{ phrases: string[] }>('real-name-openers.json').phrases
    .map((p) => p.split(' '))
    .sort((a, b) => b.length - a.length);
  return phrases;
}
