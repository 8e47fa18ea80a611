/**
 * An initial before a plural noun for people ends a sentence the splitter left whole: "… known only as Agent K.
 * Officers said he fled". No name goes on from an initial with "Officers", "Witnesses" or "Police"; names go on
 * with names ("Michael J. Fox", "J. Edgar Hoover"), and after a given name a plural
 * word is a surname ("Mila T. Neighbors"). Read by the speaker before a cue and by the people stage's runs.
 */
import type { Token } from '../types.js';
import { startsWithCapital } from '../text/boundaries.js';
import { isPluralPeopleNoun } from '../lexicon/cues.js';
import { isPersonNoun } from '../lexicon/person-nouns.js';
import { isGivenNameToken } from './names.js';
import { ORGANIZATION_HEADS } from './words.js';

/** tokens[k] is a capitalised plural noun for people or a force ("Officers", "Witnesses", "Police") right after an initial ("K."). */
export function initialBeforePeopleNoun(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const initial = tokens[k - 1];
  if (!t || !initial || !/^\p{Lu}\.$/u.test(initial.text) || !startsWithCapital(t.text)) return false;
  const word = t.normal;
  // ("Mila T. Neighbors said": after a given name the initial is a middle one and the plural word a surname;
  // a force's plural is no surname, "Malcolm X. Police said", "Agnes B. Prosecutors argued".)
  const forcePlural = ORGANIZATION_HEADS.has(word) && (word === 'police' || /s$/.test(word));
  if (k >= 2 && isGivenNameToken(tokens[k - 2]!) && !forcePlural) return false;
  return isPluralPeopleNoun(word) || word === 'police' || (/s$/.test(word) && isPersonNoun(word.slice(0, -1)));
}
