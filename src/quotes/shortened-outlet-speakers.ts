import type { ExtractedQuote } from '../types.js';

/** "The Echo", "The Evening Echo": "The" and one or two capitalised words, a mention that may shorten a paper's name. */
const THE_AND_NAME = /^The ((?:\p{Lu}\p{Ll}+)(?: \p{Lu}\p{Ll}+)?)$/u;

/**
 * "… told the Northbridge Echo that …" then "The Echo reported that …": a speaker "The" + the last word(s) of an
 * outlet an earlier quote was given to or reported by is that outlet shortened, as papers are called after their
 * first mention. Only an unresolved speaker, and only the last outlet so ending (two papers ending alike: the later).
 */
export function shortenedOutletSpeakers(quotes: ExtractedQuote[]): void {
  for (const q of quotes) {
    if (q.speaker || q.speaker_start === null || !q.speaker_mention) continue;
    const short = THE_AND_NAME.exec(q.speaker_mention)?.[1];
    if (!short) continue;
    let outlet: string | null = null;
    for (const e of quotes) {
      const named = e.outlet ?? (e.speaker_kind === 'outlet' ? e.speaker : null);
      if (!named || e.start >= q.start || named === short) continue;
      const full = named.replace(/^the /i, '');
      if (full.length > short.length && full.endsWith(` ${short}`)) outlet = named;
    }
    if (outlet) Object.assign(q, { speaker: outlet, speaker_kind: 'outlet', outlet: q.outlet ?? outlet });
  }
}
