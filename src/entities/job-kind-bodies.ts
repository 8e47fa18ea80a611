import type { Token } from '../types.js';
import { organisationData } from '../lexicon/organisations.js';
import { genderOfFirstName } from '../nlp/names.js';

let jobKindNouns: Set<string> | undefined;

/** A kind of body that is also a person's job (data/organisations.json job_kind_nouns): "pollster", "promoter". */
export function isJobKindNoun(word: string): boolean {
  jobKindNouns ??= new Set(organisationData().job_kind_nouns);
  return jobKindNouns.has(word);
}

/**
 * Whether tokens[ns, ne), right after a job kind noun ("The pollster Deltapoll said"), name a body, not a person:
 * one word that is no given name and no surname of someone named earlier in the text, or one word with a capital
 * inside it ("YouGov", "ICM"). Two words ("The pollster Sally Brennan said") stay a person, as does "the pollster
 * Brennan" after "Sally Brennan".
 */
export function bodyNameAfterJobKind(tokens: readonly Token[], title: string | null, ns: number, ne: number): boolean {
  if (!title || ne - ns !== 1 || !isJobKindNoun(title)) return false;
  const word = tokens[ns]!.text;
  if (/^\p{Lu}\p{Ll}*\p{Lu}/u.test(word)) return true;
  if (genderOfFirstName(word) !== 'unknown') return false;
  for (let k = ns - 1; k > 0; k--) if (tokens[k]!.text === word && /^\p{Lu}/u.test(tokens[k - 1]!.text)) return false;
  return true;
}
