import type { Token } from '../types.js';
import { isPersonNounOrSingular } from '../lexicon/person-nouns.js';
import { genderOfRelative, relativePluralNouns } from '../lexicon/relatives.js';

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

/** Words that may stand between a possessive and its head: "Marlowe's previous best", "Hale's first album". */
const POSSESSED_WORDS = /^(ADJ|NOUN|NUM)$/;

/**
 * "Marlowe's previous best was 2:18.11.": a name and its possessive opening the sentence at tokens[start], then a
 * thing of theirs (no person: "Marlowe's coach" is someone else) and its verb. The sentence is about the
 * possessor, the topic a "he"/"she" after it continues. Returns the name's tokens [from, to) or null.
 */
export function possessorOpening(tokens: Token[], start: number, end: number): [number, number] | null {
  let k = start;
  while (k < end && k < start + 4 && tokens[k]!.pos === 'PROPN') k++;
  if (k === start || !/^['’]s?$/.test(tokens[k]?.text ?? '')) return null;
  const name = k;
  k++;
  const from = k;
  while (k < end && k < from + 4 && POSSESSED_WORDS.test(tokens[k]!.pos)) k++;
  if (k === from || k >= end || !/^(VERB|AUX)$/.test(tokens[k]!.pos)) return null;
  const head = tokens[k - 1]!.normal;
  return isPersonNounOrSingular(head) || genderOfRelative(head) !== undefined || relativePluralNouns().includes(head) ? null : [start, name];
}
