import type { Token } from '../../types.js';
import { cueLexicon } from '../../lexicon/cues.js';

/**
 * "The fox is voiced by a newcomer": the passive of a cue whose object, not its agent, decides whether words
 * were spoken (cues.json view_passives). Only a view voiced makes it speech, "Concerns were voiced by
 * residents"; any other subject is a part a performer plays. tokens[cue] is a passive cue; true when it
 * reports nothing.
 */
export function performedPassive(tokens: Token[], cue: number, lo: number): boolean {
  const views = cueLexicon().viewPassives.get(tokens[cue]!.lemma);
  if (!views) return false;
  let k = cue - 1;
  while (k >= lo && (tokens[k]!.lemma === 'be' || /^(AUX|ADV|PART)$/.test(tokens[k]!.pos))) k--;
  // (Over the subject's own phrases back to its clause's start: "Concerns about the budget were voiced by …".)
  for (; k >= lo && !/^[,;:—–(]$/.test(tokens[k]!.text); k--) if (views.has(tokens[k]!.normal)) return false;
  return true;
}
