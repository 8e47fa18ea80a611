import type { Token } from '../types.js';
import { retagged } from './retagged.js';

/** An age in an apposition: one to three digits ("46", "7", "102"). */
const AGE = /^\d{1,3}$/;

/**
 * "Dana Marlow, 46, hosts the show": after a name and an age set off by commas, the model reads a verb in
 * "-s" as a plural noun ("hosts", "runs"), so the name has no verb and is no subject a later "she" can
 * take as antecedent. A plural noun has no place there (the apposition closed, a new phrase would need an
 * article), so a small-letter word in "-s" right after "NAME, AGE," is the clause's verb, 3rd person
 * singular. Not "-ss" ("boss", "press": nouns in the singular) nor before a comma or full stop, where
 * the word could open a list or close a fragment.
 */
export function retagVerbAfterAgeApposition(tokens: Token[]): void {
  for (let i = 4; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'NOUN' || t.text.charCodeAt(t.text.length - 1) !== 115 || !/^\p{Ll}+[^s]s$/u.test(t.text)) continue;
    if (tokens[i - 1]!.text !== ',' || !AGE.test(tokens[i - 2]!.text) || tokens[i - 3]!.text !== ',') continue;
    const name = tokens[i - 4]!;
    if (name.pos !== 'PROPN' || !/^\p{Lu}/u.test(name.text)) continue;
    if (tokens[i + 1]!.pos === 'PUNCT') continue;
    tokens[i] = retagged(t, 'VERB', baseOfThirdPerson(t.normal));
  }
}

/** The base form of a verb's 3rd person singular: "carries" → "carry", "teaches" → "teach", "hosts" → "host". */
function baseOfThirdPerson(word: string): string {
  if (/[^aeiou]ies$/.test(word)) return word.slice(0, -3) + 'y';
  if (/(ch|sh|x|z|ss|o)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}
