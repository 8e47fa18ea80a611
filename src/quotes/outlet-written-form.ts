import type { Quote } from '../types.js';
import { lookupOutlet } from '../lexicon/outlets.js';

type OutletFields = Pick<Quote, 'outlet' | 'speaker' | 'speaker_kind' | 'speaker_mention'>;

/**
 * "According to AFP, …" in an article that never writes "Agence France-Presse": an outlet speaker the gazetteer
 * gave its full name is written as the article writes it ("AFP"), as "told AFP" gives the outlet and the outlets
 * list names it — one name for one outlet in the article. Only a mention the gazetteer reads as that outlet; an article that writes the
 * full name anywhere keeps it (writeAbbreviatedOutletsInFull joins the forms then).
 */
export function writeOutletSpeakersAsWritten(quotes: OutletFields[], text: string): void {
  const written = new Map<string, string>();
  for (const q of quotes) {
    if (q.speaker_kind !== 'outlet' || !q.speaker || !q.speaker_mention || written.has(q.speaker)) continue;
    const form = q.speaker_mention.replace(/^the\s+/i, '');
    // (Only a mention that names that outlet itself: "AFP", not "It" or "the agency" standing for it. The full name
    // counts as written without its "The": "Washington Post" keeps "The Washington Post" for "the Post".)
    if (form !== q.speaker && /^\p{Lu}/u.test(form) && lookupOutlet(form) === q.speaker && !text.includes(q.speaker.replace(/^The\s+/, ''))) written.set(q.speaker, form);
  }
  if (written.size === 0) return;
  for (const q of quotes) {
    if (q.outlet && written.has(q.outlet)) q.outlet = written.get(q.outlet)!;
    if (q.speaker_kind === 'outlet' && q.speaker && written.has(q.speaker)) q.speaker = written.get(q.speaker)!;
  }
}
