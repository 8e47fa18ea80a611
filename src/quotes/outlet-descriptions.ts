import type { Attribution } from './attribution.js';
import type { NameMention } from './antecedents.js';
import type { Person } from '../nlp/names.js';
import { organisationData } from '../lexicon/organisations.js';

/**
 * "Piotr Kaminski said …. TVP rejected the finding. The broadcaster said …": a description that is also an
 * outlet's noun ("the broadcaster", "the network"; data/organisations.json described_bodies outlet) stands for
 * an outlet that spoke after the person recency picks was last named, not for that person. The nearer one
 * introduced is the one it takes up again.
 */
export function outletSpokeSince(description: string, person: Person, at: number, history: Attribution[], mentions: NameMention[]): boolean {
  const m = /^the\s+(\p{L}+)$/iu.exec(description.trim());
  if (!m || !organisationData().described_bodies.outlet.includes(m[1]!.toLowerCase())) return false;
  const outlet = history.filter((a) => a.at < at && a.frame.speaker.kind === 'outlet').pop();
  if (!outlet) return false;
  const lastNamed = Math.max(-1, ...mentions.filter((n) => n.person === person && n.at < at).map((n) => n.at), ...history.filter((a) => a.person === person && a.at < at).map((a) => a.at));
  return outlet.frame.speaker.start > lastNamed;
}
