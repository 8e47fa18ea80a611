import { wordSetFrom } from './data-file.js';

let places: ReadonlySet<string> | undefined;

/** Places a government speaks for, lower case ("city", "county"; data/governed-places.json). */
export function governedPlaces(): ReadonlySet<string> {
  places ??= wordSetFrom('governed-places.json', 'governed_places');
  return places;
}
