import { cueLexicon } from '../lexicon/cues.js';
import { isNationShortForm, isScopeWord, isSportName } from '../lexicon/sport-governing-bodies.js';
import { genderOfFirstName } from '../nlp/names.js';

/**
 * "USA Swimming", "Athletics Canada", "Cricket Australia": a nation's name and a sport's, in either order, name
 * the body that governs the sport there, never a person; so do "World" or "European" before a sport ("World Rowing"). (A nation's name that is also a given name, "Jordan
 * Golf", may be someone's: left alone.)
 */
export function sportGoverningBody(words: readonly string[]): boolean {
  if (words.length !== 2) return false;
  const [a, b] = words as [string, string];
  const nation = (w: string) => (isNationShortForm(w) || cueLexicon().placeNames.has(w)) && genderOfFirstName(w) === 'unknown';
  const sport = (w: string) => /^\p{Lu}\p{Ll}+$/u.test(w) && isSportName(w.toLowerCase());
  // ("World Rowing", "European Athletics": the area it governs opens the name.)
  return ((nation(a) || isScopeWord(a)) && sport(b)) || (sport(a) && nation(b));
}
