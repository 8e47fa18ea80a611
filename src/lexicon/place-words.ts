import { readFileSync } from 'node:fs';

/** The word lists of data/place-words.json, which tell a place's name from a person's (lower case). */
export interface PlaceWords {
  bearings: string[];
  height_prepositions: string[];
  position_words: string[];
  places_above: string[];
  landform_tails: string[];
  division_tails: string[];
  place_kinds: string[];
  settlement_tails: string[];
  surname_tails: string[];
  rival_verbs: string[];
}

let data: PlaceWords | undefined;

export function placeWords(): PlaceWords {
  data ??= JSON.parse(readFileSync(new URL('../../data/place-words.json', import.meta.url), 'utf8')) as PlaceWords;
  return data;
}
