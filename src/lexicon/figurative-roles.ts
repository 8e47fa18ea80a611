import { readFileSync } from 'node:fs';

let adjectives: string[] | undefined;

/** Words that make "played a … role" an idiom for taking part, not acting: "a key role" (data/figurative-roles.json). */
export function figurativeRoleAdjectives(): string[] {
  adjectives ??= (JSON.parse(readFileSync(new URL('../../data/figurative-roles.json', import.meta.url), 'utf8')) as { adjectives: string[] }).adjectives;
  return adjectives;
}
