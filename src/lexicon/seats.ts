import { readDataFile } from './data-file.js';

/** data/seats.json: offices named with the seat or place they are held for (lower case). */
export interface SeatWords {
  /** "MP for", "the senator for", "Member of Parliament for": the seat follows "for". */
  representativesFor: readonly string[];
  /** "the mayor of", "Prime Minister of the": the place follows "of". */
  placeOfficesOf: readonly string[];
  /** "the senator from", "a congressman from": the state or district follows "from". */
  lawmakersFrom: readonly string[];
  /** "the district of", "the town of": a place's name follows "of". */
  placeNounsOf: readonly string[];
}

let words: SeatWords | undefined;

/** The lists of data/seats.json, read once. */
export function seatWords(): SeatWords {
  words ??= load();
  return words;
}

function load(): SeatWords {
  const data = readDataFile<Record<string, string[]>>('seats.json');
  return { representativesFor: data.representatives_for!, placeOfficesOf: data.place_offices_of!, lawmakersFrom: data.lawmakers_from!, placeNounsOf: data.place_nouns_of! };
}
