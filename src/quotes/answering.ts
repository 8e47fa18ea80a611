import type { Token } from '../types.js';
import type { Attribution } from './attribution.js';
import { cueLemma } from './frame.js';

/** Verbs of answering: their speaker is the one asked, never the asker. */
const ANSWER_LEMMAS: ReadonlySet<string> = new Set(['answer', 'reply', 'respond', 'retort']);
/** Verbs that put a question to someone. */
const QUESTION_LEMMAS: ReadonlySet<string> = new Set(['ask', 'question', 'press']);
/** How far back (in characters) the question may stand. */
const QUESTION_REACH = 400;

/**
 * "Senator Ruiz asked the minister whether …. “…,” the minister answered": the person who put the
 * question just before an answering cue at tokens[cue] (a description there cannot be the asker);
 * null when the cue answers nothing or no question was just put.
 */
export function askerAnswered(tokens: Token[], cue: number, at: number, history: Attribution[]): Attribution['person'] {
  if (!ANSWER_LEMMAS.has(cueLemma(tokens[cue]!))) return null;
  for (let k = history.length - 1; k >= 0; k--) {
    const h = history[k]!;
    if (h.at >= at) continue;
    if (h.at < at - QUESTION_REACH) return null;
    return QUESTION_LEMMAS.has(cueLemma(tokens[h.frame.cueToken]!)) ? h.person ?? null : null;
  }
  return null;
}
