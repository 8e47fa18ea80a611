import type { Token } from '../../types.js';
import { beforeAuxiliaries } from './relative-pronouns.js';

/** Tags of a relative clause's own subject before its cue: "which she said", "who officials say", "that Ruiz claimed". */
const SUBJECT_TAGS = new Set(['PRON', 'PROPN', 'NOUN', 'DET']);
/** How many words that subject may hold ("which the city council said"). */
const SUBJECT_WORDS = 4;

/**
 * The cue at tokens[cue] stands in a relative clause set off by a comma, after the clause's own subject, its
 * content missing the subject the relative pronoun stands for: "The plan, which she said was rushed, passed
 * anyway." What was said is the clause's remaining predicate ("was rushed"), up to the comma where the main
 * clause resumes (see endOfRelativeClause), never the main clause's verb.
 */
export function cueInGappedRelative(tokens: Token[], cue: number, lo: number): boolean {
  const k = beforeAuxiliaries(tokens, cue - 1, lo);
  for (let j = k; j > lo && j >= k - SUBJECT_WORDS + 1; j--) {
    const t = tokens[j]!;
    if (!SUBJECT_TAGS.has(t.pos)) return false;
    const pronoun = tokens[j - 1]!;
    if (/^(which|who|whom|that)$/.test(pronoun.normal) && j - 1 > lo && tokens[j - 2]!.text === ',') return true;
  }
  return false;
}

/** A verb opening such a predicate, which then needs no subject of its own to be a claim: "was rushed", "had failed". */
export function predicateOpening(t: Token): boolean {
  return t.pos === 'AUX' || t.pos === 'VERB';
}
