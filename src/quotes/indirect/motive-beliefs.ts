import type { Token } from '../../types.js';
import { cueLexicon } from '../../lexicon/cues.js';

/**
 * "Consumers paid more because they believed it was made by hand": a verb of belief (cues.json motive_beliefs)
 * right after "because" and its subject gives the reason for the act the main clause narrates; the belief is
 * no report of its own. tokens[i] is the cue. The subject is a few words ("they", "the buyers", "many
 * growers"), maybe with a negation or an auxiliary ("because she did not think …").
 */
export function beliefAsMotive(tokens: Token[], i: number): boolean {
  if (!cueLexicon().motiveBeliefs.has(tokens[i]!.lemma)) return false;
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    const t = tokens[k]!;
    if (t.normal === 'because') return k < i - 1;
    if (!/^(PRON|DET|ADJ|NOUN|PROPN|NUM|AUX|PART|ADV)$/.test(t.pos)) return false;
  }
  return false;
}
