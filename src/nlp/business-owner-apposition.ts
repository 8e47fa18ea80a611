// "The owner of the quay, Corran Ferries, said …": a name set off after "the owner, operator, maker or landlord
// of …" is the owning business when its last word is a plural noun of trade (ferries, buses, kennels), though the
// speaker of the sentence. A person in that slot has a given name ("The owner of the quay, Ana Ruiz, said").
import { isCommonPlural } from './common-plurals.js';

const OWNER_OF_BEFORE = /\b[Tt]he\s+(?:owner|owners|operator|operators|manufacturer|manufacturers|maker|makers|landlord|landlords|supplier|suppliers|proprietor|proprietors|developer|developers|builder|builders)\s+of\s+[^,.;:!?“”"]{1,50},\s+$/u;

/** Whether a name ending in `lastWord`, with `before` the text right before it, is a business set off as an owner. */
export function businessOwnerInApposition(before: string, lastWord: string): boolean {
  return OWNER_OF_BEFORE.test(before) && isCommonPlural(lastWord.toLowerCase());
}
