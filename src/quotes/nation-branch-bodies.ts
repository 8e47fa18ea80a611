import { cueLexicon } from '../lexicon/cues.js';
import { isNationShortForm } from '../lexicon/sport-governing-bodies.js';
import { genderOfFirstName } from '../nlp/names.js';
import { isNationServiceWord } from '../lexicon/nation-service-words.js';

/**
 * "NHS England", "BBC Scotland", "RSPB Cymru": a body's initials (three capitals or more) before a nation's name
 * name that body's branch there, never a person (no one's given name is written in capitals, and the nation is
 * no surname after initials). Two capitals are left alone: "AJ England" may be someone's initials.
 * "Police Scotland", "Sport England": a public service's word before a nation is that service's body there too
 * (data/nation-service-words.json; none is a given name).
 */
export function nationBranchOfBody(words: readonly string[]): boolean {
  if (words.length !== 2) return false;
  const [initials, nation] = words as [string, string];
  if (!isNationServiceWord(initials) && (!/^\p{Lu}{3,6}$/u.test(initials) || isNationShortForm(initials))) return false;
  return cueLexicon().placeNames.has(nation) && genderOfFirstName(nation) === 'unknown';
}
