import { readDataFile } from './data-file.js';

let phrases: readonly string[] | undefined;

/** data/press-contact-phrases.json: phrases naming the outlet that asked for comment ("when contacted by"). */
export function pressContactPhrases(): readonly string[] {
  phrases ??= readDataFile<{ phrases: string[] }>('press-contact-phrases.json').phrases;
  return phrases;
}
