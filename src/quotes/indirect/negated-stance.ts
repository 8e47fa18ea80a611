import type { Token } from '../../types.js';
import { cueAt, negated } from '../frame.js';

/**
 * "… and that he did not believe she would steal": the clause at tokens[subject] is its subject's negated
 * stance ("did not believe", "doesn't think", "never expected"). Read as a report of its own, its cue would
 * credit the speaker with the clause the negation denies; the whole clause is what the outer cue reports.
 */
export function negatedStanceAt(tokens: Token[], subject: number, to: number): boolean {
  let k = subject + 1;
  while (k < to && k < subject + 5 && /^(AUX|PART|ADV)$/.test(tokens[k]!.pos)) k++;
  return tokens[k]?.pos === 'VERB' && negated(tokens, k) && cueAt(tokens, k, 'report') !== null;
}
