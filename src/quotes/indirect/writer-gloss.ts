import type { Token } from '../../types.js';
import { cueLexicon } from '../../lexicon/cues.js';
import { isQuoteMark } from '../speaker.js';

/**
 * "The agency said the ice was older than thought, a finding that could reshape …": an apposition noun
 * with a relative clause after the report sums it up in the writer's words; PolNeAR ends the content
 * before it. Returns the last token of content tokens[from, to] (cues.json report_gloss_nouns).
 * (A gloss that quotes — "…, a move that “will haunt the town”" — stays: the quotation is the speaker's words.)
 */
export function endBeforeWriterGloss(tokens: Token[], from: number, to: number): number {
  const gloss = cueLexicon().reportGlossNouns;
  for (let k = from + 2; k + 3 <= to; k++) {
    if (tokens[k]!.text !== ',' || !/^(a|an)$/.test(tokens[k + 1]!.normal)) continue;
    if (gloss.has(tokens[k + 2]!.normal) && /^(that|which)$/.test(tokens[k + 3]!.normal) && !quotedAfter(tokens, k + 4, to + 1)) return k - 1;
  }
  return to;
}

/** A quotation mark among tokens[from, to]. */
function quotedAfter(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k <= to && k < tokens.length; k++) if (isQuoteMark(tokens[k]!)) return true;
  return false;
}
