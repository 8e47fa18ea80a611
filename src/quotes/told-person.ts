import { lookupOutlet, recogniseOutlet } from '../lexicon/outlets.js';
import { cueLexicon } from '../lexicon/cues.js';

/**
 * "“I will be respectful,” he told Marsh.": a verb of telling followed by a capitalised name that is no outlet
 * names the listener, so the words were said to that person, not in the interview an earlier sentence named.
 * `after` is the text right after the cue.
 */
export function toldNamedPerson(cue: string | null, after: string): boolean {
  if (!cue || !cueLexicon().tellingVerbs.has(cue.toLowerCase())) return false;
  const name = /^\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})(?![\p{L}\d])/u.exec(after)?.[1];
  if (!name || /^The$/.test(name.split(/\s+/)[0]!)) return false;
  return !lookupOutlet(name) && !recogniseOutlet(name);
}
