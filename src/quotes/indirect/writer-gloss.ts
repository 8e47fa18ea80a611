import type { Token } from '../../types.js';
import { cueLexicon } from '../../lexicon/cues.js';
import { isQuoteMark } from '../speaker.js';
import { DASH } from '../sentence-scan.js';
import { cueAt } from '../frame.js';
import { PERSONAL_SUBJECTS } from '../../nlp/words.js';

/**
 * "The agency said the ice was older than thought, a finding that could reshape …": an apposition noun
 * with a relative clause after the report sums it up in the writer's words; PolNeAR ends the content
 * before it. Returns the last token of content tokens[from, to] (cues.json report_gloss_nouns).
 * (A gloss that quotes — "…, a move that “will haunt the town”" — stays: the quotation is the speaker's words.)
 * A dash opens it as a comma does ("— a claim that …"), and the gloss's relative clause may be the speaker's
 * own next report: "— an argument, she said, that the court might accept" still ends the content.
 */
export function endBeforeWriterGloss(tokens: Token[], from: number, to: number): number {
  const gloss = cueLexicon().reportGlossNouns;
  for (let k = from + 2; k + 3 <= to; k++) {
    if ((tokens[k]!.text !== ',' && !DASH.test(tokens[k]!.text)) || !/^(a|an)$/.test(tokens[k + 1]!.normal)) continue;
    const relative = k + 3 + asideLength(tokens, k + 3);
    if (gloss.has(tokens[k + 2]!.normal) && /^(that|which)$/.test(tokens[relative]?.normal ?? '') && !quotedAfter(tokens, relative + 1, to + 1)) return k - 1;
  }
  return to;
}

/** ", she said," at tokens[k]: a pronoun speaker's cue set off by commas; its length, or 0. */
function asideLength(tokens: Token[], k: number): number {
  const pronoun = tokens[k + 1];
  if (tokens[k]?.text !== ',' || !pronoun || !PERSONAL_SUBJECTS.test(pronoun.normal) || tokens[k + 3]?.text !== ',') return 0;
  return cueAt(tokens, k + 2, 'report') ? 4 : 0;
}

/** A quotation mark among tokens[from, to]. */
function quotedAfter(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k <= to && k < tokens.length; k++) if (isQuoteMark(tokens[k]!)) return true;
  return false;
}
