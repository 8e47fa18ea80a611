import { readDataFile } from './data-file.js';

let adjectives: string[] | undefined;

/** Words that make "played a … role" an idiom for taking part, not acting: "a key role" (data/figurative-roles.json). */
export function figurativeRoleAdjectives(): string[] {
  adjectives ??= readDataFile<{ adjectives: string[] }>('figurative-roles.json').adjectives;
  return adjectives;
}
