import type { Token } from '../../types.js';
import { isQuestioningParticiple } from '../../lexicon/questioning-participles.js';
import { subjectAndVerbAt } from './clause-openers.js';

/** Words opening a relative clause on the question's topic. */
const RELATIVE_WORDS = /^(which|who|whom|whose|where|that)$/;

/** Subordinators that frame the moment a question was put: "when asked", "after being pressed", "if approached". */
const OCCASION_SUBORDINATORS = /^(when|whenever|after|once|if|upon|while|before)$/;

/**
 * "said when asked about the fee, the club would sell him": right after the cue, a subordinator and the participle
 * of being asked (with "being" between, at most), closed by a comma, frame the question put to the speaker; what
 * the speaker said follows the comma. Returns where that content starts, 0 for none (a relative clause on the
 * question's topic), or -1 when no such clause opens at tokens[from] or it runs on with no comma.
 */
export function contentAfterQuestionPut(tokens: Token[], from: number, last: number): number {
  if (from > last || !OCCASION_SUBORDINATORS.test(tokens[from]!.normal)) return -1;
  let k = from + 1;
  if (tokens[k]?.normal === 'being') k++;
  if (k > last || !isQuestioningParticiple(tokens[k]!.normal)) return -1;
  // (A relative clause after the comma describes the question's topic: "asked about the plan, which …".)
  for (let j = k + 1; j < last; j++) {
    if (tokens[j]!.text !== ',') continue;
    // (A "who" after the comma describes the asker, "asked by a reporter, who works for Reuters, whether …": the
    // question runs on past it and is left to the rules for reported questions.)
    if (/^(who|whom|whose)$/.test(tokens[j + 1]!.normal)) return -1;
    return !RELATIVE_WORDS.test(tokens[j + 1]!.normal) && subjectAndVerbAt(tokens, j + 1, last) ? j + 1 : 0;
  }
  // With no comma the question itself is left to the rules for reported questions: PolNeAR annotates
  // "said when asked whether …" as a report, and so do this project's older sets.
  return -1;
}
