import type { ExtractedQuote } from '../types.js';
import { isNewspaperWord } from '../lexicon/outlets.js';

/**
 * "The Chronicle reported last month that …": "The" and a newspaper's word (outlets.json newspaperWords) opening
 * a sentence as a report's speaker is a paper the gazetteer does not know, not a person named Chronicle. The
 * speaker becomes that outlet, and the report its words as carried by it.
 */
export function newspaperWordSpeakersAsOutlets(quotes: ExtractedQuote[], text: string): void {
  for (const q of quotes) {
    if (q.speaker_kind !== 'person' || q.speaker_start === null || !q.speaker || !isNewspaperWord(q.speaker)) continue;
    // (Only "The" at a sentence's opening: "Dan Courier said" or "the Courier family" are people.)
    if (!/(?:^|[.!?]["”’]?\s+|\n\s*)The\s+$/u.test(text.slice(Math.max(0, q.speaker_start - 12), q.speaker_start))) continue;
    Object.assign(q, { speaker_kind: 'outlet', outlet: q.outlet ?? q.speaker });
  }
}
