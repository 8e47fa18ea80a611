import { governedPlaces } from '../lexicon/governed-places.js';


/** A place a government speaks for, lower case ("city" in "a spokesman for the city"; data/governed-places.json). */
export function isGovernedPlace(word: string): boolean {
  return governedPlaces().has(word);
}
