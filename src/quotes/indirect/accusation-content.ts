import type { Token } from '../../types.js';

/**
 * "accusing the city of withholding wages": what the accuser says is the charge after "of"; the accused is
 * the object it is said of, no part of the report (our sets' convention, set 7 on). Returns the first token
 * of the content tokens[from, to]: after "of" when the object before it is a short noun phrase with no verb.
 */
export function accusationStart(tokens: Token[], lemma: string, from: number, to: number): number {
  if (lemma !== 'accuse') return from;
  for (let k = from + 1; k < to && k <= from + 8; k++) {
    // (An "of" before a name belongs to the object: "accused the mayor of Dunmore of lying".)
    if (tokens[k]!.normal === 'of' && tokens[k]!.pos === 'ADP' && tokens[k + 1]!.pos !== 'PROPN') return k + 1;
    if (/^(VERB|AUX|PUNCT|SCONJ)$/.test(tokens[k]!.pos) && tokens[k]!.text !== "'s" && tokens[k]!.text !== '’s') return from;
  }
  return from;
}
