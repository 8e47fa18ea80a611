import type { Token } from '../../types.js';
import { cueObjectSenses } from '../../lexicon/cue-object-senses.js';
import { afterTimePhrase } from './time-phrases.js';

/** Object pronouns that stand for a whole person ("her" only when no noun follows: "her decision" is a thing). */
const PERSON_PRONOUNS = /^(him|her|them|me|us)$/;

/**
 * "Redpath, who backed Dowd last week, …", "Tolley defended him on social media": support given to a person
 * (data/cue-object-senses.json supportedPeople) says nothing; only a position backed or defended is content
 * ("backed the decision"). The object tokens[from..to] is a name or an object pronoun with at most a time or a
 * place after it — no verb, no "as" giving a description ("defended him as a man of principle"). Returns where the
 * person ends (a name stays the report, as "who backed Okafor" is; the time or place after it is no part), or -1.
 */
export function supportedPersonOnly(tokens: Token[], lemma: string, from: number, to: number): number {
  if (!cueObjectSenses().supportedPeople.has(lemma)) return -1;
  const first = tokens[from]!;
  let k = from;
  if (first.pos === 'PROPN') {
    while (k < to && tokens[k + 1]!.pos === 'PROPN') k++;
  } else if (!PERSON_PRONOUNS.test(first.normal) || (first.normal === 'her' && from < to && /^(NOUN|ADJ|PROPN|NUM)$/.test(tokens[from + 1]!.pos))) return -1;
  if (k === to) return k;
  const rest = k + 1;
  // (A possessive name owns the object: "backed Dowd's plan".)
  if (tokens[rest]!.normal === "'s" || tokens[rest]!.text === '’') return -1;
  const timed = afterTimePhrase(tokens, rest, to + 1) > rest;
  const placed = tokens[rest]!.pos === 'ADP' && tokens[rest]!.normal !== 'as';
  if (!timed && !placed) return -1;
  for (let j = rest; j <= to; j++) if (/^(VERB|AUX)$/.test(tokens[j]!.pos)) return -1;
  return k;
}
