import type { Token } from '../../types.js';
import { hasVerb } from '../frame.js';

/**
 * "Lee questioned the call but the umpire said the replay was clear": a noun-phrase object (no verb of its
 * own) cannot be joined to a whole clause; "but" before a new subject and its verb opens the writer's next
 * clause, someone else's act. The last token of the object in [from, to], else `to`.
 * (Only "but": "and" joins objects too — "questioned whether the plan and the budget were sound".)
 */
export function endBeforeButClause(tokens: Token[], from: number, to: number): number {
  for (let k = from + 1; k < to; k++) {
    if (tokens[k]!.normal !== 'but') continue;
    if (hasVerb(tokens, from, k - 1)) return to;
    if (!subjectThenVerb(tokens, k + 1, to)) continue;
    let end = k - 1;
    while (end > from && tokens[end]!.pos === 'PUNCT') end--;
    return end;
  }
  return to;
}

/** A subject (noun phrase or pronoun, a few words at most) and then a finite verb open at tokens[k]. */
function subjectThenVerb(tokens: Token[], k: number, to: number): boolean {
  for (let j = k; j <= to && j < k + 6; j++) {
    if (/^(VERB|AUX)$/.test(tokens[j]!.pos)) return j > k && !/ing$/.test(tokens[j]!.normal);
    if (!/^(DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test(tokens[j]!.pos)) return false;
  }
  return false;
}
