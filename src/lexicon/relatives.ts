import { readDataFile } from './data-file.js';
import type { Gender } from '../types.js';

interface RelativesFile {
  words: Record<string, Gender>;
  plurals: string[];
}

let file: RelativesFile | undefined;
const relatives = (): RelativesFile =>
  (file ??= readDataFile<RelativesFile>('relatives.json'));

let genders: ReadonlyMap<string, Gender> | undefined;

/** Each relative noun (data/relatives.json) and the gender it gives the one it names. */
function relativeGenders(): ReadonlyMap<string, Gender> {
  genders ??= new Map(Object.entries(relatives().words));
  return genders;
}

/** Nouns for a relative or a partner (data/relatives.json), in small letters: "widow", "stepson", "twins". */
let nouns: readonly string[] | undefined;
export function relativeNouns(): readonly string[] {
  nouns ??= [...relativeGenders().keys()];
  return nouns;
}

/** The gender a relative noun gives the one it names ("widow": female, "partner": unknown); undefined for any other word. */
export function genderOfRelative(word: string): Gender | undefined {
  return relativeGenders().get(word);
}

/** Plural nouns for relatives (data/relatives.json plurals) that a list of given names may follow: "his children, Paul and Eleanor". */
export function relativePluralNouns(): readonly string[] {
  return relatives().plurals;
}
