import type { ExtractedQuote } from '../types.js';
import { isNewspaperWord, isTownAndNewspaperWord, lookupOutlet } from '../lexicon/outlets.js';
import { genderOfFirstName } from '../nlp/names.js';
import { cueLexicon } from '../lexicon/cues.js';
import { isCityNotGivenName } from '../lexicon/place-names.js';

/**
 * "The Chronicle reported last month that …": "The" and a newspaper's word (outlets.json newspaperWords) opening
 * a sentence as a report's speaker is a paper the gazetteer does not know, not a person named Chronicle. The
 * speaker becomes that outlet, and the report its words as carried by it.
 */
export function newspaperWordSpeakersAsOutlets(quotes: ExtractedQuote[], text: string): void {
  for (const q of quotes) {
    if (q.speaker_kind === 'outlet' && givenNameAndNewspaperWord(q, text)) {
      // "Dana Courier said …": a given name and a surname that is also a paper's word, unknown as an outlet.
      const name = q.speaker;
      Object.assign(q, { speaker_kind: 'person' });
      for (const r of quotes) if (r.outlet === name) r.outlet = null;
      continue;
    }
    if (q.speaker_kind !== 'person' || q.speaker_start === null || !q.speaker || !isNewspaperWord(q.speaker)) continue;
    // (Only "The" at a sentence's opening: "Dan Courier said" or "the Courier family" are people.)
    if (!/(?:^|[.!?]["”’]?\s+|\n\s*)The\s+$/u.test(text.slice(Math.max(0, q.speaker_start - 12), q.speaker_start))) continue;
    Object.assign(q, { speaker_kind: 'outlet', outlet: q.outlet ?? q.speaker });
  }
}

/**
 * Whether an outlet speaker is written as a person's name: two words, a given name that is no place ("Dana", not
 * "Houston") and a newspaper's word, with no "the" before it and unknown to the gazetteer. Papers are written
 * "the Lakeview Courier"; "Dana Courier said" is a person.
 */
function givenNameAndNewspaperWord(q: ExtractedQuote, text: string): boolean {
  if (!q.speaker || q.speaker_start === null || !isTownAndNewspaperWord(q.speaker)) return false;
  const mention = text.slice(q.speaker_start, q.speaker_start + q.speaker.length);
  if (mention !== q.speaker || lookupOutlet(q.speaker)) return false;
  const first = q.speaker.split(/\s+/)[0]!;
  if (genderOfFirstName(first) === 'unknown' || cueLexicon().placeNames.has(first) || isCityNotGivenName(first)) return false;
  return !/\bthe\s+$/iu.test(text.slice(Math.max(0, q.speaker_start - 5), q.speaker_start));
}
