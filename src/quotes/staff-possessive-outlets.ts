import type { ExtractedQuote } from '../types.js';
import { startsWithStaffPossessive } from '../lexicon/outlets.js';
import { outletOpening } from './leaked-documents.js';

/**
 * "Variety’s critic described it as “…”", "The Ledger's film reviewer said …": a speaker known only as an outlet's
 * staff member (data/outlets.json staffWords) speaks for that outlet, so the quote gets it. A named writer
 * ("Variety's critic Ann Lee") is left to writer-outlets.ts, which asks for a verb of writing (set 15's gold).
 */
export function giveStaffPossessiveOutlets(quotes: ExtractedQuote[]): void {
  for (const q of quotes) {
    if (q.outlet || q.speaker || !q.speaker_mention) continue;
    const outlet = outletOpening(q.speaker_mention);
    if (!outlet) continue;
    const rest = q.speaker_mention.slice(q.speaker_mention.indexOf(outlet) + outlet.length);
    // (The staff job must end the mention: "Variety's critic's partner" speaks for no outlet.)
    if (startsWithStaffPossessive(rest) && /^[’']s(?:\s+\p{Ll}+){1,3}$/u.test(rest)) q.outlet = outlet;
  }
}
