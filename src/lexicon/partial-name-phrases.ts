import { readDataFile } from './data-file.js';

let phrases: readonly (readonly string[])[] | undefined;

/**
 * The phrases (data/partial-name-phrases.json) that give an anonymous speaker's name in part right before it,
 * as word sequences in small letters; "POSS" stands for his/her/their.
 */
export function partialNamePhrases(): readonly (readonly string[])[] {
  phrases ??= readDataFile<{ phrases: string[] }>('partial-name-phrases.json').phrases.map((p) => p.split(' '));
  return phrases;
}
