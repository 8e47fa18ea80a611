import type { Token } from '../../types.js';
import { cueObjectSenses } from '../../lexicon/cue-object-senses.js';

/** How far back an aside between commas may reach ("signed by more than 60,000 people"). */
const ASIDE_REACH = 12;

/**
 * "a petition, signed by more than 60,000 people, asking the company to reconsider": a participle cue right after
 * a petition (data/cue-object-senses.json signedDocuments), maybe past one aside set off by commas, tells what
 * the document asks; the many who signed it are no speaker, and the sentence's subject did not ask it.
 */
export function signedDocumentAsks(tokens: Token[], i: number): boolean {
  if (!/ing$/.test(tokens[i]!.normal)) return false;
  let k = i - 1;
  if (tokens[k]?.text === ',') {
    let open = k - 1;
    while (open > i - ASIDE_REACH && open >= 0 && tokens[open]!.text !== ',' && !/^[.;:!?]$/.test(tokens[open]!.text)) open--;
    if (open < 0 || tokens[open]!.text !== ',') return false;
    k = open - 1;
  }
  return cueObjectSenses().signedDocuments.has(tokens[k]?.normal ?? '');
}
