import type { Quote } from '../types.js';
import { lookupOutlet } from '../lexicon/outlets.js';
import { cueLexicon } from '../lexicon/cues.js';

type OutletFields = Pick<Quote, 'outlet' | 'speaker' | 'speaker_kind' | 'speaker_mention'>;

let agencies: ReadonlySet<string> | undefined;

/** "AFP", "PTI", "dpa": a news agency as articles write it (cues.json news_agencies, exact case). */
function isAgencyAsWritten(form: string): boolean {
  agencies ??= new Set(cueLexicon().newsAgencies);
  return agencies.has(form);
}

/**
 * "According to AFP, …" in an article that never writes "Agence France-Presse": a news agency the gazetteer
 * gave its full name is written as the article writes it ("AFP"), as "told AFP" gives the outlet — one name for
 * one outlet in the article. Only agencies, which go by their short names; a paper or a channel written short
 * ("the WSJ", "Channel 4") keeps the gazetteer's name. An article that writes the full name anywhere, with or
 * without its "The", keeps it (writeAbbreviatedOutletsInFull joins the forms then).
 */
export function writeOutletSpeakersAsWritten(quotes: OutletFields[], text: string): void {
  const written = new Map<string, string>();
  for (const q of quotes) {
    if (q.speaker_kind !== 'outlet' || !q.speaker || !q.speaker_mention || written.has(q.speaker)) continue;
    const form = q.speaker_mention.replace(/^the\s+/i, '');
    // (Only a mention that names that outlet itself: "AFP", not "It" or "the agency" standing for it.)
    if (form !== q.speaker && isAgencyAsWritten(form) && lookupOutlet(form) === q.speaker && !text.includes(q.speaker.replace(/^The\s+/, ''))) written.set(q.speaker, form);
  }
  if (written.size === 0) return;
  for (const q of quotes) {
    if (q.outlet && written.has(q.outlet)) q.outlet = written.get(q.outlet)!;
    if (q.speaker_kind === 'outlet' && q.speaker && written.has(q.speaker)) q.speaker = written.get(q.speaker)!;
  }
}
