import { cueLexicon } from './cues.js';
import { genderOfFirstName } from '../nlp/names.js';

/**
 * A country or state named alone that is no one's given name ("Norway", not "Georgia"): a government or a
 * place, not a person. The people list and a quote speaker's kind both read it.
 */
export function isPlaceNotGivenName(name: string): boolean {
  return cueLexicon().placeNames.has(name) && genderOfFirstName(name) === 'unknown';
}
