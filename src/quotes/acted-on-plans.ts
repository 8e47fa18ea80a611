import type { Token } from '../types.js';
import { cueLexicon } from '../lexicon/cues.js';
import { POSSESSIVES } from '../nlp/words.js';

/**
 * "a monologue mocking the senator's proposal to cut …", "the council rejected the mayor's plan to close …":
 * a plan put forward (cues.json put_forward_stance_nouns) that is the object of a verb acting on it is what
 * was mocked or blocked, no report of its owner; one presented ("announced his plan to run") or one in
 * subject place ("The senator's proposal drew fire") still is. tokens[i] is the stance noun.
 */
export function actedOnPlan(tokens: Token[], i: number, lo: number): boolean {
  const lexicon = cueLexicon();
  if (!lexicon.putForwardStanceNouns.has(tokens[i]!.lemma)) return false;
  let k = i - 1;
  while (k > lo && tokens[k]!.pos === 'ADJ') k--;
  // The owner: a possessive pronoun, or a genitive and its noun phrase ("the senator's", "Ms. Reyes's").
  if (POSSESSIVES.has(tokens[k]!.normal)) k--;
  else if (/^(?:'s|’s|'|’)$/.test(tokens[k]!.text)) {
    k--;
    while (k > lo && /^(PROPN|NOUN|ADJ|NUM)$/.test(tokens[k]!.pos)) k--;
    // (A determiner opens the owner's phrase; what stands before it governs the phrase.)
    if (tokens[k]!.pos === 'DET') k--;
  } else return false;
  const verb = tokens[k];
  if (!verb || k < lo || lexicon.putForwardVerbs.has(verb.lemma)) return false;
  // (The tagger may read a gerund before the phrase as a noun: "a monologue mocking the senator's proposal".)
  return verb.pos === 'VERB' || (verb.pos === 'NOUN' && /ing$/.test(verb.normal) && tokens[k + 1]!.pos === 'DET');
}
