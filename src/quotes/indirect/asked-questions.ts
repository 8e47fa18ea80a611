import type { Token } from '../../types.js';
import { isQuoteMark } from '../speaker.js';

// (A question put to someone, "Asked by Dan Pike whether the fares would rise, …", is no quote of the asker's:
// no gold set annotates one, and all 31 built before were false hits, so no pass builds them.)

/**
 * The question words (of cues.json question_words) that are rarely anything else after "asked" ("asked to leave
 * if …" is rare): narrower on purpose, as "when", "where", "who" often open a clause of their own after it.
 */
const UNMISTAKABLE_QUESTION_WORDS = /^(whether|if|what|how|why)$/;

/**
 * The cue at tokens[cue] is the verb of a question someone was asked: "Asked by a reporter what she thought
 * of the poster, …", "asked her whether she believed the plan would work". The question is the asker's,
 * not a report of the one asked. (The question word opens the cue's clause, over its subject; "asked" stands
 * before it with no comma between.)
 */
export function insideAskedQuestion(tokens: Token[], cue: number, lo: number): boolean {
  let k = cue - 1;
  while (k >= lo && k > cue - 6 && !UNMISTAKABLE_QUESTION_WORDS.test(tokens[k]!.normal) && /^(AUX|ADV|PART|PRON|PROPN|NOUN|DET|ADJ)$/.test(tokens[k]!.pos)) k--;
  if (k < lo || k === cue - 1 || !UNMISTAKABLE_QUESTION_WORDS.test(tokens[k]!.normal)) return false;
  for (let j = k - 1; j >= lo && j > k - 12; j--) {
    if (/^[,;:]$/.test(tokens[j]!.text) || isQuoteMark(tokens[j]!)) return false;
    if (tokens[j]!.lemma === 'ask') return true;
  }
  return false;
}
