// Runs that a body's own name word makes an organisation's: "Harbour City Ballet", "Norvik Dynamics", "World Rugby".
import { organisationData } from '../lexicon/organisations.js';
import type { Token } from '../types.js';

let tails: Set<string> | undefined;
let heads: Set<string> | undefined;

/**
 * Whether the run's words (two or more) are a body's name by their first or last word (data/organisations.json
 * name_heads, name_tails). A given name before the tail changes nothing ("Selene Dynamics", "Paris Opera
 * Ballet"): these words are no one's surname.
 */
export function isOrganisationByNameWord(words: readonly Token[]): boolean {
  if (words.length < 2) return false;
  tails ??= new Set(organisationData().name_tails);
  heads ??= new Set(organisationData().name_heads);
  return heads.has(words[0]!.text) || tails.has(words[words.length - 1]!.normal);
}
