/**
 * An aside set off by commas that opens with an adjective and its preposition: "The senator, unopposed in Ohio,
 * said", "One aide, close to Ana Ruiz, said", "The mayor, fresh from a win in Elton, said". It tells how the
 * subject stands; a name inside it (a place, a rival, a patron) is the preposition's object, never the speaker.
 */
import type { Token } from '../types.js';
import { isRoleWord } from '../nlp/words.js';
import { isPersonNoun } from '../lexicon/person-nouns.js';

/** tokens[from, to] make such an aside: an adjective in small letters, then a preposition, and no verb of its own after. */
export function adjectiveAside(tokens: Token[], from: number, to: number): boolean {
  const first = tokens[from];
  if (!first || first.pos !== 'ADJ' || !/^\p{Ll}/u.test(first.text) || to - from < 2 || tokens[from + 1]!.pos !== 'ADP') return false;
  // ("chief of staff", "senior at Elton High": a role word in the adjective's place opens a description, no aside.)
  if (isRoleWord(first.normal) || isPersonNoun(first.normal)) return false;
  for (let k = from + 2; k <= to; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return false;
  return true;
}
