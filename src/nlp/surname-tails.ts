import type { Token } from '../types.js';
import { isGivenNameToken, isHonorific } from './names.js';

/** Last words of places' and bodies' names (ORGANIZATION_TAILS) that are common surnames too: "Jane Hall", "Ruth Church". */
const SURNAME_LIKE_TAILS: ReadonlySet<string> = new Set(['hall', 'church', 'house', 'post', 'court', 'bank', 'street']);

/**
 * tokens[s, e) is a given name we list, then one such word, with no article before: a person ("Jane Hall said", "Jane
 * Hall, of Maidstone, said"), not a hall. "The Albert Hall" keeps its article and stays a place, and "Mother Emanuel
 * Church" its first word.
 */
export function givenNameAndSurnameTail(tokens: readonly Token[], s: number, e: number): boolean {
  // (Nor after a capitalised word other than a courtesy title: "the Mother Emanuel Church" is the church's longer name.)
  const before = tokens[s - 1]?.text ?? '';
  return e - s === 2 && SURNAME_LIKE_TAILS.has(tokens[e - 1]!.normal) && isGivenNameToken(tokens[s]!) && !/^the$/i.test(before) && !(/^\p{Lu}\p{L}/u.test(before) && !isHonorific(before.toLowerCase().replace(/\.$/, '')));
}
