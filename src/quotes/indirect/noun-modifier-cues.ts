import type { Token } from '../../types.js';
import type { TokenView } from '../frame.js';
import type { IndirectQuote } from './report-sentence.js';

/**
 * "The office said many of the objects reported were small planes": a cue verb right between a noun and a
 * finite verb is a participle on that noun ("the objects reported", "the claims described"), the noun
 * phrase the verb's subject; a report needs a subject of its own for its content, so this is none.
 */
export function withoutNounModifierCues(view: TokenView, reports: IndirectQuote[]): IndirectQuote[] {
  const tokens = view.tokens;
  return reports.filter((q) => {
    const cue = q.frame.cueToken;
    const next = tokens[cue + 1];
    if (!/ed$/.test(tokens[cue]?.normal ?? '') || !next) return true;
    if (view.tokenAtOrAfter(q.start) !== cue + 1 || tokens[cue - 1]!.pos !== 'NOUN' || relativeBefore(tokens, cue - 1)) return true;
    return !(/^(VERB|AUX)$/.test(next.pos) && !/ing$/.test(next.normal));
  });
}

const RELATIVES = /^(which|that|who|whom|what|whatever)$/;

/**
 * The noun phrase ending at tokens[k] follows a relative pronoun: "the tour, which the magazine reported had
 * grossed …" is a gapped relative clause whose subject reports, no participle.
 */
export function relativeBefore(tokens: Token[], k: number): boolean {
  // ("what" may be tagged a determiner, "that House ethics investigators concluded was …" holds a name.)
  for (let j = k; j >= 0; j--) {
    if (RELATIVES.test(tokens[j]!.normal)) return true;
    if (!/^(DET|ADJ|NOUN|PROPN|NUM|PART)$/.test(tokens[j]!.pos)) return false;
  }
  return false;
}
