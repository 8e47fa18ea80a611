/**
 * "Hans Siemens lost his barn. Siemens said …": a listed company's one-word name that the article gives a person as
 * the surname of a full name stands for that person, not the company.
 */
import type { Token } from '../types.js';
import { isGivenNameToken } from '../nlp/names.js';

/** Whether the tokens write `word` one space after a given name, as a full name's surname ("Hans Siemens"). */
export function surnameOfNamedPerson(tokens: readonly Token[], word: string): boolean {
  return surnamesAfterGivenNames(tokens).has(word);
}

// (Asked once per listed company phrase: the article's surnames are read once per token array, not per phrase.)
const surnamesRead = new WeakMap<readonly Token[], ReadonlySet<string>>();

function surnamesAfterGivenNames(tokens: readonly Token[]): ReadonlySet<string> {
  let surnames = surnamesRead.get(tokens);
  if (surnames) return surnames;
  const found = new Set<string>();
  for (let j = 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.start - tokens[j - 1]!.end === 1 && isGivenNameToken(tokens[j - 1]!)) found.add(t.text);
  }
  surnames = found;
  surnamesRead.set(tokens, surnames);
  return surnames;
}
