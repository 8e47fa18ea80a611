import type { Token } from '../../types.js';
import { cueLexicon } from '../../lexicon/cues.js';

/** Nouns of a stretch of time: "pushed for months" tells how long, it asks for nothing. */
const TIME_SPANS = /^(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|ages|while|long|now|today|tonight)$/;

/**
 * "called for calm", "pushed for his dismissal", "advocates for patience": after a particle that asks for
 * something (data/cues.json demand_particles), a one- or two-word object (tokens[from…to]) still names what
 * was asked for. Not a need summoned ("called for help", bare_object_needs) nor a time ("pushed for months").
 */
export function demandedObject(tokens: Token[], lemma: string, particle: string | null, from: number, to: number): boolean {
  if (!particle || !cueLexicon().demandParticles.get(lemma)?.has(particle)) return false;
  const head = tokens[to]!;
  // (A noun phrase only: "pushed for it", "called for, and got, …" are no named demand.)
  if (!/^(NOUN|PROPN)$/.test(head.pos) || (from < to && !/^(DET|ADJ|NOUN|PROPN|NUM|PRON)$/.test(tokens[from]!.pos))) return false;
  return !cueLexicon().bareObjectNeeds.has(head.normal) && !TIME_SPANS.test(head.normal);
}
