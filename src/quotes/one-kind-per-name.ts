import type { ExtractedQuote } from '../types.js';
import { genderOfFirstName } from '../nlp/names.js';

/**
 * "Brightflix renewed the show, the streamer confirmed. … In a statement, Brightflix said …": a name some quote
 * shows to be a body's (by a description standing for it) is that body at its other quotes too, where it was read
 * as a surname. Only a name that opens with no given name we know: "Ana Ruiz" stays a person whatever a
 * misread description says.
 */
export function giveEachBodyNameOneKind(quotes: ExtractedQuote[]): void {
  // (Only a description standing for the name shows it a body: "Boston" read as the city at one quote is no evidence against "said Boston, 34".)
  const bodies = new Set(quotes.filter((q) => q.speaker_kind === 'organization' && q.speaker && /^\p{Lu}/u.test(q.speaker) && describedBy(q)).map((q) => q.speaker!));
  for (const q of quotes) {
    if (q.speaker_kind !== 'person' || !q.speaker || q.speaker_role || !bodies.has(q.speaker)) continue;
    if (genderOfFirstName(q.speaker.split(/\s+/)[0]!) !== 'unknown') continue;
    q.speaker_kind = 'organization';
  }
}

/** Whether the quote's mention is a description of its body ("the streamer", "its parent company"), not the name itself. */
function describedBy(q: ExtractedQuote): boolean {
  return !!q.speaker_mention && /^(the|its|their)\s/i.test(q.speaker_mention) && !q.speaker_mention.toLowerCase().includes(q.speaker!.toLowerCase());
}
