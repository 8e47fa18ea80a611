import type { Token } from '../types.js';
import { objectThenThat } from './indirect/content-after-cue.js';

/** Words a hearer phrase is made of: "the network", "two Reuters reporters", "its board". */
const HEARER_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * "that" at tokens[k] after the object of a tell-like verb ("told the paper that City officials had …")
 * opens the reported clause: a speaker phrase ending after it never runs back over it to the hearer.
 */
export function thatAfterHearer(tokens: Token[], k: number, lo: number): boolean {
  if (tokens[k]?.normal !== 'that' || k - 1 < lo || !HEARER_POS.has(tokens[k - 1]!.pos)) return false;
  let j = k - 1;
  while (j >= lo && k - j <= 6 && HEARER_POS.has(tokens[j]!.pos)) j--;
  if (j < lo) return false;
  const verb = tokens[j]!;
  if (verb.pos !== 'VERB' && verb.pos !== 'AUX') return false;
  return objectThenThat(verb.normal === 'told' ? 'tell' : verb.lemma);
}
