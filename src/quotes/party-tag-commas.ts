import type { Token } from '../types.js';
import { partyStateTag } from '../lexicon/party-tags.js';
import { sourceText } from './speaker-phrase.js';

/**
 * "Sen. Ana Ruiz, D-N.M., the committee chair, said": from the comma `j` that opens an apposition, step back over
 * a party tag set off by commas right before it to the comma after the name, so the name, not the tag's last
 * piece ("M."), heads the apposition. `j` when no such tag comes before it.
 */
export function beforePartyTag(tokens: readonly Token[], j: number, lo: number): number {
  let c = j - 1;
  // (A tag is the letter, a hyphen and at most a few pieces of the state: "D-W.Va." is six tokens.)
  while (c > lo && c > j - 9 && tokens[c]!.text !== ',') c--;
  if (c <= lo || c >= j - 2 || tokens[c]!.text !== ',') return j;
  // (Only the tag between the commas: capitalised pieces, hyphens and full stops.)
  for (let k = c + 1; k < j; k++) if (!/^(?:\p{Lu}\p{L}*\.?|[-–.])$/u.test(tokens[k]!.text)) return j;
  return partyStateTag(sourceText(tokens as Token[], c, j), 0) ? c : j;
}
