import { cueLexicon } from '../lexicon/cues.js';

/**
 * The word `lead` (with `before`, the word ahead of it) gives words to the one named next: a verb of telling
 * ("told the Ledger"; cues.json addressing_verbs), "to"/"with" right after a word of an interview ("speaking to
 * the Ledger", "in an interview with the paper"; cues.json interview_verbs and one-word venue_phrases), or "to" after
 * words sent in writing ("in a statement to the paper"; cues.json written_to_nouns), or a venue phrase ending in the
 * lead ("in comments to the paper"). Not "returned to the Globe",
 * "complained to the Mail": no interview there. Both words in small letters.
 */
export function givesWordsTo(lead: string, before: string): boolean {
  const lexicon = cueLexicon();
  if (lexicon.tellingVerbs.has(lead)) return true;
  if (lead === 'to' && lexicon.writtenToNouns.has(before)) return true;
  if (lead !== 'to' && lead !== 'with') return false;
  // ("in comments to La Gazzetta": a venue phrase of the word and the lead themselves, "comments to", "remarks to".)
  return lexicon.interviewVerbs.has(before) || (lexicon.venuePhrasesByFirst.get(before)?.some((p) => p.length === 1 || (p.length === 2 && p[1] === lead)) ?? false);
}
