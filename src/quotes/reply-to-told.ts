import type { Token } from '../types.js';
import { cueLexicon } from '../lexicon/cues.js';
import { isReplyVerb } from '../lexicon/reply-verbs.js';
import { cueLemma } from './find-cue.js';

/** The object pronoun that stands for the same person as a subject pronoun. */
const OBJECT_OF: Readonly<Record<string, string>> = { he: 'him', she: 'her' };

/** Tags of a word a possessive "her" stands before. */
const POSSESSED: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/**
 * "Kessler told him the board had done all it could; he replied that …": a he/she answering (data/reply-verbs.json)
 * after its own sentence's subject told "him"/"her" something answers as the one told, so that subject, from
 * tokens[subjectEnd] on, is no antecedent. `pronoun` at tokens[at]; the cue at tokens[cue] (its particle, "back", may be the cue).
 */
export function repliesToTeller(tokens: Token[], subjectEnd: number, at: number, pronoun: string, cue: number): boolean {
  const object = OBJECT_OF[pronoun];
  const verb = tokens[cue]?.normal === 'back' ? cue - 1 : cue;
  if (!object || !tokens[verb] || !isReplyVerb(cueLemma(tokens[verb]!), tokens[verb + 1]?.normal ?? '')) return false;
  const telling = cueLexicon().tellingVerbs;
  for (let k = subjectEnd; k + 1 < at; k++) {
    if (!telling.has(tokens[k]!.normal) || tokens[k + 1]!.normal !== object) continue;
    // "told her mother …": a possessive "her" before a noun names someone else as the one told.
    if (object === 'her' && POSSESSED.has(tokens[k + 2]?.pos ?? '')) continue;
    return true;
  }
  return false;
}
