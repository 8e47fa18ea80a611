import type { Token } from '../types.js';
import { lookupOutlet } from '../lexicon/outlets.js';
import { sourceText, type SpeakerPhrase } from './speaker-phrase.js';

/**
 * "Marca and AS reported that …", "Reuters and The Guardian reported …": two known outlets joined by "and" as one
 * subject report together, as two bodies do ("FreshWay Foods and Harvest Table said", joint-bodies.ts): the
 * speaker is both, named as written, an outlet. Read as the last one alone, the first is lost. Both names must be
 * in the gazetteer whole, so "Smith and Reuters" or "the Post and its readers" keep their own readings.
 */
export function jointOutletsPhrase(tokens: Token[], s: number, e: number): SpeakerPhrase | null {
  for (let k = s + 1; k < e - 1; k++) {
    if (tokens[k]!.normal !== 'and') continue;
    const first = lookupOutlet(sourceText(tokens, s, k));
    const second = lookupOutlet(sourceText(tokens, k + 1, e));
    if (!first || !second || first === second) return null;
    const name = sourceText(tokens, s, e);
    return { start: tokens[s]!.start, end: tokens[e - 1]!.end, text: name, kind: 'outlet', name, role: null, title: null };
  }
  return null;
}

/** The most words one outlet's name in such a subject is looked for in. */
const MAX_WORDS = 5;

/**
 * tokens[k] is the "and" joining two known outlets' names, the second ending at tokens[end] (included), the pair
 * opening its phrase (not the tail of a list, "X, Marca and AS"): the subject reader keeps both.
 */
export function andJoiningOutlets(tokens: Token[], k: number, end: number): boolean {
  if (tokens[k]?.normal !== 'and' || !lookupOutlet(sourceText(tokens, k + 1, end + 1))) return false;
  for (let s = k - 1; s >= 0 && s >= k - MAX_WORDS; s--) if (!/^[\p{L}\p{N},]/u.test(tokens[s - 1]?.text ?? '.') && lookupOutlet(sourceText(tokens, s, k))) return true;
  return false;
}

/** The two outlets a joint outlet speaker names ("Marca and AS" → Marca, AS), each as written; null for any other name. */
export function jointOutletParts(name: string): string[] | null {
  const m = /^(.+?) and (.+)$/.exec(name);
  if (!m || !lookupOutlet(m[1]!) || !lookupOutlet(m[2]!)) return null;
  return [m[1]!, m[2]!];
}
