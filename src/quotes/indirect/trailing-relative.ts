import type { Token } from '../../types.js';
import { hasVerb } from '../frame.js';

/** Words that open a relative clause on the noun before their comma. */
const RELATIVE_PRONOUNS = /^(who|whom|whose|which)$/;

/** Amounts before "of whom" / "of which": "one of whom", "both of whom", "most of which". */
const PART_OF = /^(one|two|three|some|both|all|many|most|none|each|several|either|neither|few)$/;

/**
 * The comma that opens a relative clause running to the end of tokens[from, to]: ", who …", ", one of whom
 * …"; -1 when there is none, or when a later comma may close it and give the noun phrase its own verb
 * ("the nurse, who had left, would testify").
 */
function trailingRelativeComma(tokens: Token[], from: number, to: number): number {
  for (let k = from + 1; k < to; k++) {
    if (tokens[k]!.text !== ',') continue;
    const next = tokens[k + 1]!.normal;
    const opens = RELATIVE_PRONOUNS.test(next) || (PART_OF.test(next) && tokens[k + 2]?.normal === 'of' && /^(whom|which)$/.test(tokens[k + 3]?.normal ?? ''));
    if (!opens) continue;
    for (let j = k + 1; j <= to; j++) if (tokens[j]!.text === ',') return -1;
    return k;
  }
  return -1;
}

/**
 * "confirmed the figure with two nurses, one of whom said …": the cue's object is a noun phrase whose only
 * verbs lie in a relative clause on its last noun; the clause tells of that noun, so nothing is reported by
 * the cue (the relative's own cue, "said", reports its clause). "confirmed the figure came from two nurses,
 * one of whom …" has a verb before the relative and stays a report.
 */
export function verbsOnlyInTrailingRelative(tokens: Token[], from: number, to: number): boolean {
  const comma = trailingRelativeComma(tokens, from, to);
  return comma > from && !hasVerb(tokens, from, comma - 1);
}
