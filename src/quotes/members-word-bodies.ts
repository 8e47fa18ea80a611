/**
 * "Game Workers Québec said", "Harbour Teachers Alliance said": a capitalised plural of a trade's members (data/
 * organisations.json members_tails: Workers, Teachers, Farmers) inside a name makes it a body's name, whatever
 * follows (its place, its kind); no person's name holds one. A known given name in the run leaves it a person's.
 */
import type { Token } from '../types.js';
import { isMembersTail } from '../lexicon/organisations.js';
import { isGivenNameToken } from '../nlp/names.js';

/** Whether the name run tokens[s, e), of two words or more, holds a members' plural and no given name. */
export function membersWordInName(tokens: Token[], s: number, e: number): boolean {
  if (e - s < 2) return false;
  let members = false;
  for (let k = s; k < e; k++) {
    const t = tokens[k]!;
    if (isGivenNameToken(t)) return false;
    if (/^\p{Lu}/u.test(t.text) && isMembersTail(t.normal)) members = true;
  }
  return members;
}
