import type { Token } from '../../types.js';
import { isQuestioningParticiple } from '../../lexicon/questioning-participles.js';
import { subjectAndVerbAt } from './clause-openers.js';

/** Words opening a relative clause on the question's topic. */
const RELATIVE_WORDS = /^(which|who|whom|whose|where|that)$/;

/** Subordinators that frame the moment a question was put: "when asked", "after being pressed", "if approached". */
const OCCASION_SUBORDINATORS = /^(when|whenever|after|once|if|upon|while|before)$/;

/**
 * "said when asked whether he would stay", "said after being questioned about the fee": right after the cue,
 * a subordinator and the participle of being asked (with "being" between, at most) tell the question put to the
 * speaker, not what the speaker said. Returns -1 when no such clause opens at tokens[from]; otherwise where
 * the content starts after the clause's comma ("said when asked, the club would sell him"), or 0 for none.
 */
export function contentAfterQuestionPut(tokens: Token[], from: number, last: number): number {
  if (from > last || !OCCASION_SUBORDINATORS.test(tokens[from]!.normal)) return -1;
  let k = from + 1;
  if (tokens[k]?.normal === 'being') k++;
  if (k > last || !isQuestioningParticiple(tokens[k]!.normal)) return -1;
  // (A relative clause after the comma describes the question's topic: "asked about the plan, which …".)
  for (let j = k + 1; j < last; j++) if (tokens[j]!.text === ',') return !RELATIVE_WORDS.test(tokens[j + 1]!.normal) && subjectAndVerbAt(tokens, j + 1, last) ? j + 1 : 0;
  return 0;
}
