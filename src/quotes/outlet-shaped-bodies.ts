/**
 * "The Catholic Reform Network, a lay group, said …": a name shaped like an outlet's (its last word a news word,
 * "Network", "Report") that an apposition right after it calls a group, charity or coalition is that body's,
 * not a paper's or a broadcaster's. An apposition with an outlet's word (", a cable network,", ", its news service,") changes nothing.
 */
import { APPOSITION_HEAD, organisationInApposition } from '../entities/organisation-name-patterns.js';
import { kindOfOutletWord } from '../lexicon/outlets.js';
import { organisationData } from '../lexicon/organisations.js';
import type { Token } from '../types.js';
import { sourceText } from './speaker-phrase.js';

let outletNouns: Set<string> | undefined;

/** Whether the words after tokens[e) are an apposition headed by a body's noun that is no outlet's. */
export function bodyByApposition(tokens: readonly Token[], e: number): boolean {
  if (tokens[e]?.text !== ',') return false;
  const after = sourceText(tokens as Token[], e, Math.min(tokens.length, e + 9));
  const m = APPOSITION_HEAD.exec(after);
  if (!m) return false;
  // (Any news word in the apposition, head or not, keeps the outlet: ", the church's official news service,".)
  outletNouns ??= new Set([...organisationData().described_bodies.outlet, ...organisationData().described_bodies.agency_modifiers]);
  if (m[0].toLowerCase().split(/[\s,.;’']+/).some((w) => outletNouns!.has(w) || kindOfOutletWord(w))) return false;
  return organisationInApposition(after);
}
