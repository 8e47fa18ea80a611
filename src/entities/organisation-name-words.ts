// Runs that a body's own name word makes an organisation's: "Harbour City Ballet", "Norvik Dynamics", "World Rugby".
import { organisationData } from '../lexicon/organisations.js';
import type { Token } from '../types.js';
import { genderOfFirstName } from '../nlp/names.js';
import { personInApposition } from './person-evidence.js';

let tails: Set<string> | undefined;
let heads: Set<string> | undefined;

/**
 * Whether the run's words (two or more) are a body's name by their first or last word (data/organisations.json
 * name_heads, name_tails). A given name before the tail changes nothing ("Selene Dynamics", "Paris Opera
 * Ballet"): these words are no one's surname — unless the text after a given name's run speaks of a
 * person (personAfterNameWords; "World Rugby, the governing body," opens with no given name).
 */
export function isOrganisationByNameWord(words: readonly Token[], after = ''): boolean {
  if (words.length < 2) return false;
  tails ??= new Set(organisationData().name_tails);
  heads ??= new Set(organisationData().name_heads);
  return (heads.has(words[0]!.text) || tails.has(words[words.length - 1]!.normal)) && !(genderOfFirstName(words[0]!.text) !== 'unknown' && personAfterNameWords(after));
}

// An age in commas ("Sara Opera, 42, said") or a cue and he/she right after the name, maybe past an apposition
// ("Tom Ballet, who coaches the juniors, said he …"): a person is meant.
const AGE_AFTER = /^,\s*\d{1,3},/;
const CUE_HE_SHE_AFTER = /^(?:,[^,.;“”"]{1,60},)?\s+(?:said|says|told\s+\p{L}+|added|explained)\s+(?:that\s+)?(?:she|he)\b/u;

/**
 * Whether the text right after a name that ends in a body's word tells of a person: "Sara Opera, the soprano,
 * said", "Lee Union, 42,", "Ana Dynamics said she …". A body's apposition ("World Rugby, the governing body,") is none.
 */
export function personAfterNameWords(after: string): boolean {
  return after !== '' && (AGE_AFTER.test(after) || CUE_HE_SHE_AFTER.test(after) || personInApposition(after));
}
