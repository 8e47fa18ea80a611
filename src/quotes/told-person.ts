import type { ExtractedQuote } from '../types.js';
import { lookupOutlet, recogniseOutlet } from '../lexicon/outlets.js';
import { cueLexicon } from '../lexicon/cues.js';
import { wholeWordOffsets } from '../text/boundaries.js';
import type { SentencePlace } from './occasion-shift.js';

/**
 * "“I will be respectful,” he told Marsh.": a verb of telling followed by a capitalised name that is no outlet
 * names the listener, so the words were said to that person, not in the interview an earlier sentence named
 * (`carried`) — unless the article names that person with the outlet or as a presenter, its interviewer or
 * host ("an interview with ABC News' Lorraine Castellanos … she told Castellanos", "The host, Marcus Tillery, …").
 */
export function toldSomeoneOutsideInterview(q: ExtractedQuote, carried: string | null, text: string, place: SentencePlace): boolean {
  if (!carried || q.cue_end === null || !q.cue || !cueLexicon().tellingVerbs.has(q.cue.toLowerCase())) return false;
  // (Not a possessive: "told Kwan's programme" is told the programme.)
  const name = /^\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})(?![\p{L}\d'’])/u.exec(text.slice(q.cue_end, q.cue_end + 60))?.[1];
  if (!name || name.split(/\s+/)[0] === 'The' || lookupOutlet(name) || recogniseOutlet(name)) return false;
  const surname = name.split(/\s+/).pop()!;
  const outletWord = carried.replace(/^the\s+/i, '');
  const presenters = cueLexicon().presenterNouns;
  for (const at of wholeWordOffsets(text, surname)) {
    const s = place.sentenceAt(at);
    const sentence = text.slice(s.start, s.end);
    // ("The host, Marcus Tillery, …": a presenter is the one the interview or programme was given to.)
    if (sentence.includes(outletWord) || sentence.toLowerCase().split(/[^\p{L}-]+/u).some((w) => presenters.has(w))) return false;
  }
  return true;
}
