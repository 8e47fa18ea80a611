import type { Token } from '../../types.js';
import { hasVerb } from '../frame.js';
import { consequenceParticiples } from '../../lexicon/consequence-participles.js';

/**
 * "announced that she will not run, setting off a scramble among Democrats": a participle phrase after a comma
 * whose implied subject is the announcement itself tells what the report led to, in the writer's words; the
 * content ends before it (data/consequence-participles.json). Only after a clause with a verb of its own.
 * Returns the last token of the content tokens[from, to].
 */
export function endBeforeConsequence(tokens: Token[], from: number, to: number): number {
  for (let k = from + 2; k < to; k++) {
    if (tokens[k]!.text !== ',' || !hasVerb(tokens, from, k - 1)) continue;
    if (consequenceParticiples().some((words) => words.every((w, n) => k + 1 + n <= to && tokens[k + 1 + n]!.normal === w))) return k - 1;
  }
  return to;
}
