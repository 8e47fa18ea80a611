import type { Token } from '../types.js';
import { genderOfRelative } from '../lexicon/relatives.js';
import { POSSESSIVE_PRONOUNS } from '../nlp/words.js';

/**
 * "Halloran's mother, Janet, watched …", "his wife, Dana, said …": a given name alone, set in commas right after a
 * relative noun (data/relatives.json) with its possessor, is the relative's name, a person news then calls by it.
 * (Only a name in commas: "his mother Janet's house" names no one apart.)
 */
export function relativeGivenName(tokens: Token[], i: number): boolean {
  if (tokens[i - 1]?.text !== ',' || !/^[,.;]$/.test(tokens[i + 1]?.text ?? '')) return false;
  if (genderOfRelative(tokens[i - 2]?.normal ?? '') === undefined) return false;
  const owner = tokens[i - 3];
  return !!owner && (/^['’]s$/.test(owner.text) || POSSESSIVE_PRONOUNS.has(owner.normal));
}
