import type { Token } from '../types.js';
import { isPersonNoun } from '../lexicon/person-nouns.js';
import { isMediumWord } from '../lexicon/outlets.js';

/**
 * "Economist Lucía Herrera", "Promoter Larkspur Live": tokens[k] is a one-word noun for a person's job written with
 * a capital (as a role before a name is) and two capitalised words follow it in the same run, none of them a
 * medium's word ("People Magazine" and "Observer Radio Hour" name outlets). The word is a role, not an outlet or
 * a person's name.
 */
export function occupationBeforeName(tokens: readonly Token[], k: number, last: number): boolean {
  const word = tokens[k]!;
  if (!/^\p{Lu}\p{Ll}+$/u.test(word.text) || !isPersonNoun(word.normal) || k + 2 > last) return false;
  for (const t of [tokens[k + 1]!, tokens[k + 2]!]) if (!/^\p{Lu}\p{Ll}/u.test(t.text) || isMediumWord(t.text)) return false;
  return true;
}
