import type { Token } from '../types.js';
import { isIrregularParticiple } from '../lexicon/irregular-participles.js';

/** How many tokens a fronted participle clause runs at most before its comma. */
const MAX_CLAUSE = 25;

/**
 * The pronoun at tokens[at] follows a participle clause that opens its sentence at tokens[lo]: "Asked whether
 * Okafor viewed him as a rival, he shrugged", "Told that …, she laughed". A name inside that clause is what the
 * subject was asked or told about, so the pronoun goes back past it, to the previous sentence's subject.
 */
export function pronounAfterFrontedParticiple(tokens: Token[], lo: number, at: number): boolean {
  const opener = tokens[lo];
  if (!opener || !/^\p{Lu}/u.test(opener.text) || at - lo > MAX_CLAUSE || tokens[at - 1]?.text !== ',') return false;
  return isParticiple(opener);
}

/** A verb in participle form: "-ed", "-ing", or an irregular one ("told", "shown"; data/irregular-participles.json). */
export function isParticiple(token: Token): boolean {
  return token.pos === 'VERB' && (/(?:ed|ing)$/.test(token.normal) || isIrregularParticiple(token.normal));
}
