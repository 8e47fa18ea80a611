import type { Quote } from '../types.js';
import { lookupOutlet, outletKind } from '../lexicon/outlets.js';

/** An outlet written as capitals only: "FT", "WSJ", "NYT", "The AP" (its article capitalised opening a sentence or a possessive). */
const ABBREVIATION = /^(?:[Tt]he\s+)?[A-Z][A-Z&]{1,4}$/;

/**
 * "The Financial Times reported … According to the FT, the prince told the ministers: “…”": an outlet the
 * article also names in full is one outlet, so its abbreviation is written as that full name. An outlet the
 * article only abbreviates keeps its letters ("told AFP", "told ET"), as the annotators write it — also where an
 * "AFP reported" / "According to the FT" speaker is given in full.
 */
export function writeAbbreviatedOutletsInFull(quotes: Pick<Quote, 'outlet' | 'speaker'>[], text: string): void {
  for (const q of quotes) {
    if (!q.outlet || !ABBREVIATION.test(q.outlet)) continue;
    const full = lookupOutlet(q.outlet);
    if (full && full !== q.outlet && !ABBREVIATION.test(full) && namedInFull(text, full)) q.outlet = full;
  }
  writeShortNamesInFull(quotes, text);
}

/**
 * "Priya Nair told STAT News … “…,” Nair told STAT.": a name that opens a longer name of the same outlet the
 * article writes ("STAT" of "STAT News", as data/outlets.json knows both) is that outlet, written as the article
 * first wrote it in full. Only a longer name of the same outlet: "The Times" stays after "The Times of India".
 */
function writeShortNamesInFull(quotes: Pick<Quote, 'outlet' | 'speaker'>[], text: string): void {
  for (const q of quotes) {
    // (An outlet that is the report's own speaker, "Kyodo News reported that …", is left as the speaker is written.)
    if (!q.outlet || q.outlet === q.speaker) continue;
    const longer = longerNamesOf(q.outlet, text);
    if (longer.length === 1) q.outlet = longer[0]!;
  }
}

/** The longer name of `short`'s outlet that the text writes first, if any (a list of at most one). */
function longerNamesOf(short: string, text: string): string[] {
  const bare = short.replace(/^the\s+/i, '');
  const known = lookupOutlet(short);
  const run = new RegExp(`(?<![\\p{L}\\d])${escape(bare)}((?:[ \\t]+[\\p{Lu}\\d][\\p{L}\\d&'’.-]*)+)`, 'gu');
  // (A broadcaster's longer names are its channels and desks, each one of its own, not its full name: "the BBC"
  // stays after "BBC News", "BBC Radio" after "BBC Radio Four".)
  if (!known || outletKind(known) === 'broadcaster') return [];
  for (const m of text.matchAll(run)) {
    const words = m[1]!.trim().split(/\s+/).map((w) => w.replace(/(?:['’]s|[.’'])$/, ''));
    for (let n = words.length; n > 0; n--) {
      const name = `${bare} ${words.slice(0, n).join(' ')}`;
      if (name !== short && lookupOutlet(name) === known) return [name];
    }
  }
  return [];
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The full name stands in the text as words: "The Financial Times reported", "the Financial Times's". */
function namedInFull(text: string, full: string): boolean {
  const name = full.replace(/^the\s+/i, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\b${name}\\b`).test(text);
}
