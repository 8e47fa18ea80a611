import type { Quote } from '../types.js';
import { lookupOutlet } from '../lexicon/outlets.js';

/** An outlet written as capitals only: "FT", "WSJ", "NYT". */
const ABBREVIATION = /^(?:the\s+)?[A-Z][A-Z&]{1,4}$/;

/**
 * "The Financial Times reported … According to the FT, the prince told the ministers: “…”": an outlet the
 * article also names in full is one outlet, so its abbreviation is written as that full name. An outlet the
 * article only abbreviates keeps its letters ("told AFP", "told ET"), as the annotators write it — also where an
 * "AFP reported" / "According to the FT" speaker is given in full.
 */
export function writeAbbreviatedOutletsInFull(quotes: Pick<Quote, 'outlet'>[], text: string): void {
  for (const q of quotes) {
    if (!q.outlet || !ABBREVIATION.test(q.outlet)) continue;
    const full = lookupOutlet(q.outlet);
    if (full && full !== q.outlet && !ABBREVIATION.test(full) && namedInFull(text, full)) q.outlet = full;
  }
}

/** The full name stands in the text as words: "The Financial Times reported", "the Financial Times's". */
function namedInFull(text: string, full: string): boolean {
  const name = full.replace(/^the\s+/i, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\b${name}\\b`).test(text);
}
