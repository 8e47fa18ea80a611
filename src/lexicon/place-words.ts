import { readDataFile } from './data-file.js';

/** The word lists of data/place-words.json, which tell a place's name from a person's (lower case). */
export interface PlaceWords {
  bearings: string[];
  height_prepositions: string[];
  position_words: string[];
  places_above: string[];
  landform_tails: string[];
  division_tails: string[];
  landform_tails_no_surname: string[];
  place_kinds: string[];
  settlement_tails: string[];
  surname_tails: string[];
  shore_tails: string[];
  venue_tails: string[];
  venue_tails_long: string[];
  named_for_nouns: string[];
  rival_verbs: string[];
  water_heads: string[];
  street_tails_after_at: string[];
  on_shore_tails: string[];
  venue_plurals: string[];
  venue_kinds: string[];
  venue_name_articles: string[];
}

let data: PlaceWords | undefined;

export function placeWords(): PlaceWords {
  data ??= readDataFile<PlaceWords>('place-words.json');
  return data;
}

let placeTails: Set<string> | undefined;

/** A last word of a place's name: "Bay", "Park", "Heights", "County". */
export function isPlaceTail(word: string): boolean {
  const w = placeWords();
  placeTails ??= new Set([...w.settlement_tails, ...w.landform_tails, ...w.place_kinds, ...w.division_tails]);
  return placeTails.has(word);
}

let surnameTails: Set<string> | undefined;

/** A place word that is a common surname too: "Wood", "Park", "Fields". */
export function isSurnameTail(word: string): boolean {
  surnameTails ??= new Set(placeWords().surname_tails);
  return surnameTails.has(word);
}
