import type { ExtractedQuote } from '../types.js';
import { expansionOf } from './acronym-body-nouns.js';
import { capitalisedRunSource } from '../text/capitalised-run.js';

/** A body's acronym: three to six capitals (two are as often a country's, "the US"). */
const ACRONYM = /^\p{Lu}{3,6}$/u;

/** A run of capitalised words on one line, small joining words allowed inside: "International Tennis Integrity Agency". */
const CAPITALISED_RUN = new RegExp(capitalisedRunSource('[ \\t]+', ['and', 'of', 'for', 'the', 'on', '&']), 'gu');

/**
 * "The National Rowing Integrity Agency said …. “…,” the NRIA said": a body's acronym speaking is the body named
 * in full before it, the one the text spells out ("… Agency (NRIA)") or, failing that, the last run of
 * capitalised words before it whose initials are the acronym's letters. One body then has one name.
 */
export function giveAcronymsTheirFullName(quotes: ExtractedQuote[], text: string): void {
  for (const q of quotes) {
    if (q.speaker_kind !== 'organization' || !q.speaker || !ACRONYM.test(q.speaker)) continue;
    const full = expansionOf(q.speaker, text) ?? spelledBefore(q.speaker, text.slice(0, q.speaker_start ?? q.start));
    if (full) q.speaker = full.replace(/^The[ \t]+/u, '');
  }
}

/** The last capitalised run in `before` whose capitalised words' initials (an opening "The" aside) spell the acronym. */
function spelledBefore(acronym: string, before: string): string | null {
  let found: string | null = null;
  for (const m of before.matchAll(CAPITALISED_RUN)) {
    const words = m[0].replace(/^The[ \t]+/u, '').split(/[ \t]+/).filter((w) => /^\p{Lu}/u.test(w));
    if (words.map((w) => w[0]).join('') === acronym) found = m[0];
  }
  return found;
}
