import type { ExtractedQuote } from '../types.js';
import { genderOfFirstName } from '../nlp/names.js';

/**
 * "Brightflix renewed the show, the streamer confirmed. … In a statement, Brightflix said …": a name some quote
 * shows to be a body's (by a description standing for it) is that body at its other quotes too, where it was read
 * as a surname. Only a name that opens with no given name we know: "Ana Ruiz" stays a person whatever a
 * misread description says.
 */
export function giveEachBodyNameOneKind(quotes: ExtractedQuote[], text: string): void {
  // (Only a description standing for the name shows it a body: "Boston" read as the city at one quote is no evidence against "said Boston, 34".)
  const bodies = new Set(quotes.filter((q) => q.speaker_kind === 'organization' && q.speaker && /^\p{Lu}/u.test(q.speaker) && (describedBy(q) || apposedToDescription(q, text))).map((q) => q.speaker!));
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

/**
 * Whether the quote's mention is the name set off in apposition after a description read as its body's ("The
 * bookmaker that flagged the bets, Wagerly, said"): one word between commas, read as an organisation.
 */
function apposedToDescription(q: ExtractedQuote, text: string): boolean {
  if (q.speaker_mention !== q.speaker || q.speaker_start === null || q.speaker_end === null || /\s/.test(q.speaker!)) return false;
  return /,\s$/.test(text.slice(Math.max(0, q.speaker_start - 2), q.speaker_start)) && text[q.speaker_end] === ',';
}

/**
 * "“The water is back,” said Wellington. … “I can cook again,” she said.": a lone name read as a city's (a body)
 * at a quotation it follows is a person's when a later quote gives that name a person's pronoun ("she", "he"); the city
 * does not say "she". Only the lone name itself as the mention, so "said Boston's city council" stays a body.
 */
export function giveEachPronounedNamePersonKind(quotes: ExtractedQuote[]): void {
  const people = new Set(quotes.filter((q) => q.speaker_kind === 'person' && q.speaker && PERSON_PRONOUN.test(q.speaker_mention ?? '')).map((q) => q.speaker!));
  for (const q of quotes) {
    if (q.speaker_kind !== 'organization' || !q.speaker || q.speaker_mention !== q.speaker || /\s/.test(q.speaker) || !people.has(q.speaker)) continue;
    // (Only a spoken quotation with the name after it, as features name residents; "Boston said it would
    // appeal" speaks for the city, whatever a later "he" was wrongly taken to stand for.)
    if (q.type === 'direct' && (q.speaker_start ?? -1) >= q.end) q.speaker_kind = 'person';
  }
}

const PERSON_PRONOUN = /^(he|she|him|her)$/i;
