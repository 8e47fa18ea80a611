// A town after a body's name inside a description set off by commas: "Ana Ruiz, a professor at the University of
// California, Berkeley, said". The town belongs to the body (the campus, the branch), not to a speaker of its own.
import type { Token } from '../types.js';
import { genderOfFirstName } from '../nlp/names.js';
import { isCap } from './classify-phrase.js';

/** Prepositions that hang a body's name on a description: "a professor at", "the mayor of", "an engineer with". */
const BODY_PREPOSITIONS = /^(at|of|with|for|in|from)$/;

/** Most tokens a description between commas runs to. */
const MAX_DESCRIPTION_TOKENS = 14;

/**
 * From the comma `j` before one or two capitalised words that close at the comma `i`, the comma opening the
 * description those words complete, or `j` when they do not: the description (opening with a determiner, after
 * a comma) must end in capitalised words hung on a preposition, and the words after `j` must not open with a
 * given name ("…, the president of Acme, Dana Reyes, said" names the president). The description must follow a name
 * that opens the subject.
 */
export function beforePlaceAfterBody(tokens: Token[], j: number, i: number, lo: number): number {
  const words = tokens.slice(j + 1, i);
  if (words.length < 1 || words.length > 2 || !words.every((t) => isCap(t) && /^\p{Lu}/u.test(t.text)) || genderOfFirstName(words[0]!.text) !== 'unknown') return j;
  if (!isCap(tokens[j - 1]!)) return j;
  let c = j - 1;
  let preposition = false;
  while (c > lo && c > j - MAX_DESCRIPTION_TOKENS && tokens[c]!.text !== ',') {
    if (tokens[c]!.pos === 'ADP' && BODY_PREPOSITIONS.test(tokens[c]!.normal) && !isCap(tokens[c - 1]!)) preposition = true;
    c--;
  }
  if (c <= lo || tokens[c]!.text !== ',' || !preposition || !/^(a|an|the)$/.test(tokens[c + 1]?.normal ?? '')) return j;
  // (Only after a name opening the subject: "At a fair in Harlow, the mayor of …" has a place before the description.)
  let n = c - 1;
  while (n > lo && isCap(tokens[n - 1]!) && tokens[n - 1]!.pos === 'PROPN') n--;
  if (!isCap(tokens[c - 1]!) || tokens[n]!.pos !== 'PROPN' || (n > lo && !/^(PUNCT|CCONJ)$/.test(tokens[n - 1]!.pos))) return j;
  return c;
}
