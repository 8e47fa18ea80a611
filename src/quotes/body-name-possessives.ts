import type { Token } from '../types.js';
import { ORGANIZATION_HEADS, ORGANIZATION_TAILS } from '../nlp/words.js';

/**
 * prev, a possessive's apostrophe, next: a capitalised plural's possessive before a capitalised body's kind word
 * ("Supporters' Trust", "Teachers' Union") is inside the body's name, no quotation mark and no end of the name.
 * (Not a name's possessive before a person, "Reuters' Ana Ruiz": the next word must be a body's.)
 */
export function bodyWordAfterPossessive(prev: Token, next: Token | undefined): boolean {
  return !!next && /^\p{Lu}\p{Ll}*s$/u.test(prev.text) && /^\p{Lu}/u.test(next.text) && (ORGANIZATION_HEADS.has(next.normal) || ORGANIZATION_TAILS.has(next.normal));
}
