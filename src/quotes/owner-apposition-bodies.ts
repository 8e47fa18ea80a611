/**
 * "The owner of the quay, Corran Ferries, said …": a speaker set off after "the owner (operator, maker, landlord)
 * of …" whose name ends in a plural noun of trade and opens with no given name is the owning business, and
 * "owner" its description, no person's role (see nlp/business-owner-apposition.ts; the people list agrees).
 */
import type { ExtractedQuote } from '../types.js';
import { genderOfFirstName } from '../nlp/names.js';
import { businessOwnerInApposition } from '../nlp/business-owner-apposition.js';

export function giveOwnerAppositionsTheirBody(quotes: ExtractedQuote[], text: string): void {
  for (const q of quotes) {
    if (q.speaker_kind !== 'person' || !q.speaker || q.speaker_start === null || q.speaker !== q.speaker_mention) continue;
    const words = q.speaker.split(/\s+/);
    if (words.length < 2 || genderOfFirstName(words[0]!) !== 'unknown') continue;
    if (!businessOwnerInApposition(text.slice(Math.max(0, q.speaker_start - 80), q.speaker_start), words.at(-1)!)) continue;
    Object.assign(q, { speaker_kind: 'organization', speaker_role: null });
  }
}
