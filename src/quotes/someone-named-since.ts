import type { ExtractedQuote, Token } from '../types.js';
import { genderOfFirstName, givenNameOfEitherSex } from '../nlp/names.js';
import { quotationsBlanked, type SentencePlace } from './occasion-shift.js';
import { tokensStartingBefore } from '../nlp/token-search.js';

/** A given name and a surname in the narration: "Uganda's Ruth Okello". */
const FULL_NAME = /(\p{Lu}\p{Ll}+)\s+(\p{Lu}[\p{L}'’-]+)/gu;
const PRONOUN_GENDER: Readonly<Record<string, string>> = { he: 'male', she: 'female' };
/** Tags of the words of a noun phrase before a name: "former port chief", "Kenya's", "the deputy,". */
const NOUN_PHRASE_TAGS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'PART', 'NUM', 'PUNCT']);

/**
 * Whether a pronoun's quote may be someone else's than the speaker it was resolved to: the narration since
 * `since` (the quote before it), outside quotations and before the pronoun, names another person whose given
 * name fits the pronoun (or is used for both sexes), as a speaker is named: the subject of a sentence ("Festival director Grace Moreau
 * disagreed.") or its agent ("The race was won by Uganda's Ruth Okello. She said …"). A name inside an
 * object or a prepositional phrase ("named after Grace Darling", "with her deputy, Ruth Ellison,") is no new
 * speaker. An outlet carried from an earlier speaker's interview or column does not reach such a quote.
 */
export function pronounMayMeanSomeoneNamedSince(q: ExtractedQuote, since: number, text: string, tokens: readonly Token[], place: SentencePlace): boolean {
  const gender = PRONOUN_GENDER[q.speaker_mention?.toLowerCase() ?? ''];
  if (!gender || since < 0) return false;
  const until = Math.min(q.start, q.speaker_start ?? q.start);
  // (A quote's end is before its closing mark: skipped, a straight one would open a "quotation" over the narration.)
  const from = /["”]/.test(text[since] ?? '') ? since + 1 : since;
  if (until <= from) return false;
  const surname = q.speaker?.split(/\s+/).pop();
  const narration = quotationsBlanked(text.slice(from, until));
  for (const m of narration.matchAll(FULL_NAME)) {
    // (A name used for both sexes fits either pronoun: "Festival director Alex Moreau disagreed. … she said".)
    if (m[2] === surname || (genderOfFirstName(m[1]!) !== gender && !givenNameOfEitherSex(m[1]!))) continue;
    if (namedAsSpeaker(from + m.index!, tokens, place)) return true;
  }
  return false;
}

/**
 * Whether the name at `at` heads its sentence's subject (only a noun phrase before it: "Kenya's", "Festival
 * director") or follows "by" ("was won by Uganda's …"), read from the tagger's parts of speech.
 */
function namedAsSpeaker(at: number, tokens: readonly Token[], place: SentencePlace): boolean {
  const sentenceStart = place.sentenceAt(at).start;
  const first = tokensStartingBefore(tokens, at);
  // (Set off by a comma, the name stands for the noun phrase before it, which may hold a preposition: "The
  // supporting actress winner in a drama, Grace Moreau, gave …"; "with her deputy, Ruth Ellison," stops at "her".)
  const appositive = tokens[first - 1]?.text === ',';
  for (let i = first - 1; i >= 0 && tokens[i]!.start >= sentenceStart; i--) {
    const t = tokens[i]!;
    if (t.normal === 'by') return true;
    if (!NOUN_PHRASE_TAGS.has(t.pos) && !(appositive && t.pos === 'ADP')) return false;
  }
  return true;
}
