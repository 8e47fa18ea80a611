import type { Token } from '../../types.js';
import { outletNear } from '../frame.js';
import { cueLexicon } from '../../lexicon/cues.js';

/** Words that may stand between "in a" and "interview": "a long and wide-ranging", "her first televised". */
const MODIFIER_POS = /^(ADJ|ADV|CCONJ|NUM|VERB|NOUN|PROPN)$/;

/**
 * "X said A, in an interview with the daily Harbour Post.", "X said A in comments to La Gazzetta.": a closing
 * phrase naming the interview or comments the words were given in belongs to the frame, not to what was said.
 * Returns the token that opens it inside content tokens[from, to] (its comma, or "in" when there is none) and
 * the outlet it names, or null when the content ends otherwise (no outlet named, or a clause of its own after it).
 */
export function interviewAfter(tokens: Token[], from: number, to: number): { comma: number; outlet: string } | null {
  for (let k = from + 2; k < to - 2; k++) {
    const comma = tokens[k]!.text === ',';
    const lead = comma ? k + 1 : k;
    if (!/^(in|during)$/.test(tokens[lead]!.normal)) continue;
    // (With no comma the phrase may be the nearer speech's inside the words: "why it was mentioned by Ivanka
    // Trump in an interview with Cosmopolitan" is hers, so it stays.)
    if (!comma && speechBetween(tokens, from, k)) continue;
    const interview = interviewNoun(tokens, lead + 1, to);
    if (interview < 0 || !/^(with|to)$/.test(tokens[interview + 1]?.normal ?? '')) continue;
    const outlet = outletNear(tokens, interview + 1, to + 1);
    if (outlet && outletRunsToEnd(tokens, interview + 2, to)) return { comma: k, outlet };
  }
  return null;
}

/** Words given to an outlet without a determiner: "in comments to Reuters", "in remarks to the paper". */
const BARE_INTERVIEW_NOUNS = /^(comments|remarks)$/;
/** The interview's noun after "in": "interview" or "comments" after a determiner and modifiers. */
const INTERVIEW_NOUNS = /^(interview|comments|remarks)$/;

/** The token of "interview" (or "comments") from tokens[at], bare or after a determiner and up to five modifiers, or -1. */
function interviewNoun(tokens: Token[], at: number, to: number): number {
  if (BARE_INTERVIEW_NOUNS.test(tokens[at]?.normal ?? '')) return at;
  if (!/^(a|an|the|his|her|their|its)$/.test(tokens[at]?.normal ?? '')) return -1;
  for (let k = at + 1; k <= to && k <= at + 6; k++) {
    if (INTERVIEW_NOUNS.test(tokens[k]!.normal)) return k;
    if (!MODIFIER_POS.test(tokens[k]!.pos)) return -1;
  }
  return -1;
}

/** Whether nothing with a verb of its own follows the outlet's phrase up to the content's end. */
function outletRunsToEnd(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    if (tokens[k]!.text === ',' || tokens[k]!.pos === 'AUX' || (tokens[k]!.pos === 'VERB' && /^\p{Ll}/u.test(tokens[k]!.text))) return false;
  }
  return true;
}

/** A verb of speech or report in tokens[from, to): words an interview phrase after them may belong to. */
function speechBetween(tokens: Token[], from: number, to: number): boolean {
  const lex = cueLexicon();
  for (let k = from; k < to; k++) if (tokens[k]!.pos === 'VERB' && (lex.speech.has(tokens[k]!.lemma) || lex.report.has(tokens[k]!.lemma))) return true;
  return false;
}
