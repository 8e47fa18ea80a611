import type { Token } from '../../types.js';
import { cueLexicon } from '../../lexicon/cues.js';

/**
 * "Consumers paid more because they believed it was made by hand": a verb of belief (cues.json motive_beliefs)
 * right after "because" and its subject gives the reason for the act the main clause narrates; the belief is
 * no report of its own. tokens[i] is the cue. The subject is a few words ("they", "the buyers", "many
 * growers"), maybe with a negation or an auxiliary ("because she did not think …"), and the sentence's speech tag
 * comes later ("…, she said, …").
 */
export function beliefAsMotive(tokens: Token[], i: number): boolean {
  if (!cueLexicon().motiveBeliefs.has(tokens[i]!.lemma)) return false;
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    const t = tokens[k]!;
    if (t.normal === 'because') return k < i - 1 && speechTagLater(tokens, i);
    if (!/^(PRON|DET|ADJ|NOUN|PROPN|NUM|AUX|PART|ADV)$/.test(t.pos)) return false;
  }
  return false;
}

/**
 * A speech tag set off by a comma later in the sentence (", she said,", ", Ruiz said."): the because-clause is then
 * inside that speaker's report. Only there: PolNeAR annotates some beliefs after "because" in a narrator's own
 * sentence ("Republicans called the hearing because they felt the FBI was …"), measured on polnear_dev/train.
 */
function speechTagLater(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && !/^[.;!?]$/.test(tokens[k]!.text); k++) {
    if (tokens[k]!.text !== ',') continue;
    let v = k + 1;
    while (v < tokens.length && v <= k + 3 && /^(PRON|PROPN)$/.test(tokens[v]!.pos)) v++;
    if (v > k + 1 && cueLexicon().speech.has(tokens[v]?.lemma ?? '') && /^[,.]$/.test(tokens[v + 1]?.text ?? '')) return true;
  }
  return false;
}
