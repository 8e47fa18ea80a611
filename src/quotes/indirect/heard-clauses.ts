import type { Token } from '../../types.js';
import { isHearingParticiple } from '../../lexicon/hearing-participles.js';

/**
 * The cue at tokens[cue] is inside a fronted clause of what the sentence's subject was told: "Told that Okafor
 * viewed him as a stepping stone, he shrugged". The words are what he heard, no report of Okafor's. (The clause
 * opens the sentence at tokens[lo] with the participle and "that", and runs to its first comma.)
 */
export function insideHeardClause(tokens: Token[], cue: number, lo: number): boolean {
  if (!isHearingParticiple(tokens[lo]?.normal ?? '') || tokens[lo + 1]?.normal !== 'that' || cue <= lo + 1) return false;
  for (let k = lo + 2; k < cue; k++) if (/^[,;:.]$/.test(tokens[k]!.text)) return false;
  return true;
}
