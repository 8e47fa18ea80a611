import { readDataFile } from './data-file.js';

let phrases: readonly (readonly string[])[] | undefined;

/** data/consequence-participles.json: participle phrases naming what a reported act led to ("setting off", "prompting"). */
export function consequenceParticiples(): readonly (readonly string[])[] {
  phrases ??= readDataFile<{ phrases: string[][] }>('consequence-participles.json').phrases;
  return phrases;
}
