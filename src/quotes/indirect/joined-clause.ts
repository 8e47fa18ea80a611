import type { Token } from '../../types.js';

/**
 * ", and|but|yet|so" after a noun-object content, then a clause with a subject and a finite verb of its own:
 * "announced the list on Friday, and within hours fans were posting".
 */
export function newClauseAfterComma(tokens: Token[], k: number, to: number): boolean {
  if (tokens[k]!.text !== ',' || !/^(and|but|yet|so)$/.test(tokens[k + 1]?.normal ?? '') || tokens[k + 1]!.pos !== 'CCONJ') return false;
  // (", and how the fight flowed …", ", and that B": a second content of the same cue, not a clause of its own.)
  if (/^(how|what|why|whether|that|where|when|who|which|if)$/.test(tokens[k + 2]?.normal ?? '')) return false;
  for (let j = k + 3; j <= to; j++) {
    const t = tokens[j]!;
    if (t.text === ',' || t.pos === 'PUNCT' && t.text !== '-') return false;
    // (A finite verb with a noun or pronoun before it: the clause's own subject.)
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !/ing$/.test(t.normal) && t.normal !== 'to' && /^(NOUN|PROPN|PRON)$/.test(tokens[j - 1]!.pos)) return true;
    if (t.pos === 'AUX' && /^(NOUN|PROPN|PRON|VERB|ADP)$/.test(tokens[j - 1]!.pos) && j > k + 3) return true;
  }
  return false;
}
