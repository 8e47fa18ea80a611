import type { Token } from '../../types.js';
import { cueObjectSenses } from '../../lexicon/cue-object-senses.js';

/**
 * "The crash claimed 40 lives", "claimed the lives of two climbers", "declared three days of mourning", "declared
 * a state of emergency": the object names a death toll or a proclaimed act, so the cue says nothing. Only when
 * the noun ends the object (not "a holiday schedule") and no verb follows it ("claimed the curfew was unlawful"
 * reports). (The tagger may read "mourning" as a verb, so the listed word counts whatever its tag.)
 */
export function actObject(tokens: Token[], i: number): boolean {
  const verb = tokens[i]!.normal;
  const senses = cueObjectSenses();
  const nouns = /^claim(s|ed|ing)?$/.test(verb) ? senses.takenLives : /^declar(e|es|ed|ing)$/.test(verb) ? senses.declaredActs : undefined;
  if (!nouns) return false;
  for (let k = i + 1; k < tokens.length && k < i + 8; k++) {
    const t = tokens[k]!;
    if (nouns.has(t.normal)) {
      const next = tokens[k + 1];
      return next?.pos !== 'NOUN' && !/^(VERB|AUX)$/.test(next?.pos ?? '');
    }
    if (!/^(DET|ADJ|NUM|NOUN|PROPN|ADV)$/.test(t.pos) && t.normal !== 'of' && t.normal !== "'s") return false;
  }
  return false;
}
