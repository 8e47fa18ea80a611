import type { Token } from '../types.js';

/** The possessive a man's or a woman's own things take. */
const POSSESSIVE_OF: Record<'male' | 'female', string> = { male: 'his', female: 'her' };

/**
 * "Harrow thanked his wife.": a lone surname we never saw with a given name is a person of that gender when
 * its own verb comes next and takes "his"/"her" — the sentence's thing is the subject's own. (A place or a body
 * read as a name takes "its"; a name that only precedes someone else's "his" is no subject with a verb.)
 * tokens[from] is the first token after the subject, `end` its sentence's end.
 */
export function ownPossessiveAfterVerb(tokens: Token[], from: number, end: number, gender: 'male' | 'female'): boolean {
  let k = from;
  // (An auxiliary or adverb may stand before the verb: "Harrow had thanked", "Harrow quietly thanked".)
  while (k < end && k < from + 2 && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV')) k++;
  if (tokens[k]?.pos !== 'VERB' || k + 1 >= end) return false;
  return tokens[k + 1]!.normal === POSSESSIVE_OF[gender];
}
