// Runs that a body's own name word makes an organisation's: "Harbour City Ballet", "Norvik Dynamics", "World Rugby".
import { organisationData } from '../lexicon/organisations.js';
import type { Token } from '../types.js';
import { genderOfFirstName } from '../nlp/names.js';
import { personInApposition } from './person-evidence.js';
import { organisationInApposition } from './organisation-name-patterns.js';

let tails: Set<string> | undefined;
let heads: Set<string> | undefined;

/**
 * Whether the run's words (two or more) are a body's name by their first or last word (data/organisations.json
 * name_heads, name_tails). A given name before the tail changes nothing ("Selene Dynamics", "Paris Opera
 * Ballet"): these words are no one's surname — unless the text after a given name's run speaks of a
 * person (personAfterNameWords; "World Rugby, the governing body," opens with no given name).
 */
export function isOrganisationByNameWord(words: readonly Token[], after = '', text?: string): boolean {
  if (words.length < 2) return false;
  tails ??= new Set(organisationData().name_tails);
  heads ??= new Set(organisationData().name_heads);
  if (!(heads.has(words[0]!.text) || tails.has(words[words.length - 1]!.normal))) return false;
  if (genderOfFirstName(words[0]!.text) === 'unknown') return true;
  if (personAfterNameWords(after)) return false;
  // A given name and one tail word ("Marta Opera", "Paul Ballet") may be a person's: the body's only when the
  // text right at one of its mentions says so (the caller passes the article's text to ask for this).
  if (words.length === 2 && text !== undefined) return organisationInText(text, `${words[0]!.text} ${words[1]!.text}`);
  return true;
}

// "the Selene Dynamics", "a Selene Dynamics", "Oslo-based …", "at/of/for/with/in …": a body's place in the sentence.
const BODY_BEFORE = /(?:\b(?:the|a|an|at|of|for|with|in)|-based)\s+$/i;
// "… 's board", "… said it", "… said its": the name is spoken of as a body.
const BODY_AFTER = /^(?:['’]s\s+(?:board|shares|shareholders|staff|employees|headquarters)\b|\s+(?:said|says|announced|confirmed|added)\s+(?:that\s+)?(?:it|its)\b)/u;

// "Selene Dynamics cut jobs. The company said …": the next sentence speaks of a body.
const BODY_NEXT_SENTENCE = /^[^.!?]*[.!?]\s+The\s+(?:company|firm|group)\s/u;

/** Whether the text right before or after any mention of a given name's two-word name marks it as a body's name. */
function organisationInText(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = text.slice(Math.max(0, at - 30), at);
    const after = text.slice(at + name.length, at + name.length + 200);
    if (BODY_BEFORE.test(before) || BODY_AFTER.test(after) || organisationInApposition(after.slice(0, 80)) || BODY_NEXT_SENTENCE.test(after)) return true;
  }
  return false;
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
