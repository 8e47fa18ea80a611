import { readFileSync } from 'node:fs';

let phrases: readonly (readonly string[])[] | undefined;

/**
 * The phrases (data/partial-name-phrases.json) that give an anonymous speaker's name in part right before it,
 * as word sequences in small letters; "POSS" stands for his/her/their.
 */
export function partialNamePhrases(): readonly (readonly string[])[] {
  phrases ??= (JSON.parse(readFileSync(new URL('../../data/partial-name-phrases.json', import.meta.url), 'utf8')) as { phrases: string[] }).phrases.map((p) => p.split(' '));
  return phrases;
}
