import { wordSetFrom } from './data-file.js';
import { cueLexicon } from './cues.js';
import { genderOfFirstName } from '../nlp/names.js';
import { nameAfterConstituency } from '../nlp/constituency.js';
import { personDescribedAfter } from '../nlp/described-after.js';
import { ORGANIZATION_TAILS } from '../nlp/words.js';

/**
 * A country or state named alone that is no one's given name ("Norway", not "Georgia"): a government or a
 * place, not a person. The people list and a quote speaker's kind both read it.
 */
export function isPlaceNotGivenName(name: string): boolean {
  return cueLexicon().placeNames.has(name) && genderOfFirstName(name) === 'unknown';
}

let cities: Set<string> | undefined;

/** A country, state or region (data/cues.json place_names) or a large city that is no one's given name: a place named alone. */
export function isPlaceName(name: string): boolean {
  return cueLexicon().placeNames.has(name) || isCityNotGivenName(name);
}

/**
 * A capital or large city (data/cities.json) that is no one's given name: named alone it is a government
 * ("Washington said"), a team ("Sacramento receives two picks") or a place, not a person.
 */
export function isCityNotGivenName(name: string): boolean {
  cities ??= wordSetFrom('cities.json', 'cities');
  return cities.has(name) && genderOfFirstName(name) === 'unknown';
}

/** Whether a city named alone, with `after` the text after it, is a body ("Pyongyang said"), not a person described ("Boston, 34, said"). */
export function isCityAsBody(name: string, after: string): boolean {
  return isCityNotGivenName(name) && !personDescribedAfter(after);
}

/**
 * Where the person's name starts in a capitalised run written right after a place office's "of" with no
 * comma ("Ohio Tamsin Wrexley" of "Governor of Ohio Tamsin Wrexley"), or -1. Beyond a known first name
 * (nameAfterConstituency), the last two plain words are the name when the words before them are a known
 * place, or a single word with no word of the run that makes place names: an office is held over one
 * place, and a person is named by two words ("Mayor of Brindleford Oswin Crake", but "Mayor of Salt Lake
 * City" is all place), or when the words before them end as a company's name does ("Acme Holdings").
 */
export function nameAfterOfficePlace(words: readonly string[]): number {
  const known = nameAfterConstituency(words);
  if (known > 0 || words.length < 3) return known;
  const given = words.length - 2;
  const plain = (w: string) => /^\p{Lu}\p{Ll}+$/u.test(w);
  if (!plain(words[given]!) || !plain(words[given + 1]!)) return -1;
  const lexicon = cueLexicon();
  if (lexicon.placeNames.has(words.slice(0, given).join(' '))) return given;
  // "President of Acme Holdings Oswin Crake": a company's name ends in a word such names end in; the office is
  // held over the company, and the person follows it.
  if (ORGANIZATION_TAILS.has(words[given - 1]!.toLowerCase())) return given;
  return given === 1 && !words.some((w) => lexicon.placeNameWords.has(w.toLowerCase())) ? given : -1;
}
