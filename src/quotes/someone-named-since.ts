import type { ExtractedQuote } from '../types.js';
import { genderOfFirstName } from '../nlp/names.js';
import { withoutQuotations } from './occasion-shift.js';

/** A given name and a surname in the narration: "Kenya's Grace Chepkoech". */
const FULL_NAME = /(\p{Lu}\p{Ll}+)\s+(\p{Lu}[\p{L}'’-]+)/gu;
const PRONOUN_GENDER: Readonly<Record<string, string>> = { he: 'male', she: 'female' };

/**
 * Whether a pronoun's quote may be someone else's than the speaker it was resolved to: the narration since
 * `since` (the quote before it), outside quotations and before the pronoun, names another person whose given
 * name fits the pronoun ("… Marsh said … . ¶ The race was won by Grace Chepkoech. She said …"). An outlet
 * carried from an earlier speaker's interview or column does not reach such a quote.
 */
export function pronounMayMeanSomeoneNamedSince(q: ExtractedQuote, since: number, text: string): boolean {
  const gender = PRONOUN_GENDER[q.speaker_mention?.toLowerCase() ?? ''];
  if (!gender || since < 0) return false;
  const until = Math.min(q.start, q.speaker_start ?? q.start);
  if (until <= since) return false;
  const surname = q.speaker?.split(/\s+/).pop();
  for (const m of withoutQuotations(text.slice(since, until)).matchAll(FULL_NAME)) {
    if (m[2] !== surname && genderOfFirstName(m[1]!) === gender) return true;
  }
  return false;
}
