import type { Token } from '../types.js';
import { cueLexicon } from '../lexicon/cues.js';

/**
 * "She described the moment the academy called as “…”": a verb right before "as" and the opening mark whose
 * subject (from tokens[subjectStart]) follows straight on a noun phrase that is the object of an earlier
 * labelling verb (cues.json as_label_verbs). The inner verb heads a relative clause inside that object; the
 * label is the outer verb's. Returns the outer verb's index, or -1.
 */
export function outerLabelVerb(tokens: Token[], subjectStart: number, lo: number): number {
  let k = subjectStart - 1;
  // The relative clause's head: nouns, adjectives and an article ("the moment", "the long day"), which the
  // speaker phrase itself may have taken in ("the day the academy").
  while (k > lo && /^(NOUN|ADJ|DET|NUM)$/.test(tokens[k]!.pos) && !/^(which|whom|that|who)$/.test(tokens[k]!.normal)) k--;
  if (k < lo) return -1;
  const verb = tokens[k]!;
  return verb.pos === 'VERB' && cueLexicon().asLabelVerbs.has(verb.lemma) ? k : -1;
}
