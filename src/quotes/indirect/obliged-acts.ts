import type { Token } from '../../types.js';
import { obligationVerbs } from '../../lexicon/obligation-verbs.js';

/** Longest object phrase read between the obliging verb and "to" ("all listed companies"). */
const MAX_OBJECT_WORDS = 5;

/**
 * "a policy that will require staff to disclose how their models are trained", "a law forcing firms to reveal
 * …": a cue verb in the infinitive after require/force/allow/ask … and that verb's object names an act owed or
 * allowed, not words said, so it reports nothing. The object must stand between verb and "to" (1 to 5 words,
 * no punctuation or other verb), so the passive "are obliged to disclose: …" still reports.
 */
export function obligedAct(tokens: Token[], i: number): boolean {
  if (tokens[i - 1]?.normal !== 'to') return false;
  for (let k = i - 2; k >= Math.max(0, i - 2 - MAX_OBJECT_WORDS); k--) {
    const t = tokens[k]!;
    // (Any tag: the tagger reads "a law that forces firms" with a noun "forces".)
    if (obligationVerbs().has(t.lemma.toLowerCase())) return k < i - 2;
    if (t.type !== 'word' && t.type !== 'number') return false;
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  return false;
}
