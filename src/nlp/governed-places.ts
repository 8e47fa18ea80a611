import { readFileSync } from 'node:fs';

let places: ReadonlySet<string> | undefined;

/** A place a government speaks for, lower case ("city" in "a spokesman for the city"; data/governed-places.json). */
export function isGovernedPlace(word: string): boolean {
  places ??= new Set((JSON.parse(readFileSync(new URL('../../data/governed-places.json', import.meta.url), 'utf8')) as { governed_places: string[] }).governed_places);
  return places.has(word);
}
