import type { Token } from '../../types.js';
import { hasVerb } from '../frame.js';

/**
 * "said the project would go ahead, despite objections from residents": a concession phrase closing the report
 * after a comma sets it against what the writer knows (the objections, the reports, the polls); the content ends
 * before it, as both gold sets mostly annotate it. Only after a clause with a verb of its own, and only when the
 * phrase runs to the content's end: in "said that, despite the rain, the match would go ahead" the clause after it
 * is the speaker's. Returns the last token of the content tokens[from, to].
 */
export function endBeforeDespite(tokens: Token[], from: number, to: number): number {
  for (let k = from + 2; k < to; k++) {
    if (tokens[k]!.text !== ',' || !concessionAt(tokens, k + 1) || !hasVerb(tokens, from, k - 1)) continue;
    for (let j = k + 2; j <= to; j++) if (tokens[j]!.text === ',' || tokens[j]!.text === ';') return to;
    return k - 1;
  }
  return to;
}

/** "despite …", "in spite of …" opening at tokens[k]. */
function concessionAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (t.normal === 'despite') return true;
  return t.normal === 'in' && tokens[k + 1]?.normal === 'spite' && tokens[k + 2]?.normal === 'of';
}
