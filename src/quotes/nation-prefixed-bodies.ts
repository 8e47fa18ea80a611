/**
 * "… according to the U.S. Forest Service. The Forest Service said …": a national body is named once with its
 * nation and then without it. A body speaker of several words that the article wrote before with a nation's
 * short form ("U.S.", "UK"; data/sport-governing-bodies.json) or a country's name before it is that body.
 */
import type { ExtractedQuote } from '../types.js';
import { isNationShortForm } from '../lexicon/sport-governing-bodies.js';
import { isPlaceNotGivenName } from '../lexicon/place-names.js';
import { NO_NAME_WORD_AFTER, literalMatches } from '../text/literal-matches.js';

export function giveBodiesTheirNationPrefix(quotes: ExtractedQuote[], text: string): void {
  for (const q of quotes) {
    const name = q.speaker;
    if (q.speaker_kind !== 'organization' || !name || q.speaker_start === null || !/^\p{Lu}\S*(?:\s+\p{Lu}\S*)+$/u.test(name)) continue;
    const before = text.slice(0, q.speaker_start);
    // (Most speakers are not written before; skip the pattern for them.)
    if (!before.includes(name)) continue;
    const nation = lastNationBefore(before, name);
    if (nation) q.speaker = `${nation} ${name}`;
  }
}

/** A word of letters and dots opening with a capital ("U.S.", "Norway"), and space, right before the name: the word in group 2. */
const CAPITALISED_WORD_OR_INITIALS_BEFORE = /(?<=(?<![\p{L}.])((\p{Lu}[\p{L}.]*)[ \t]+))/uy;

/** The nation written right before the last earlier `name` ("U.S." in "the U.S. Forest Service"), or null. */
function lastNationBefore(before: string, name: string): string | null {
  let found: string | null = null;
  for (const m of literalMatches(before, name, CAPITALISED_WORD_OR_INITIALS_BEFORE, NO_NAME_WORD_AFTER)) {
    const word = m.before![2]!;
    found = isNationShortForm(word) || isPlaceNotGivenName(word) ? word : null;
  }
  return found;
}
