/**
 * "The sale was confirmed by a person close to the club, who told Reuters that …": an unnamed speaker whose words
 * hang on a relative "who" set off after its description is mentioned by that description, not by "who" — the
 * description is all the reader has to go on. Only a description that brings the source in ("a …", "an …"): a named
 * speaker keeps "who" ("Dana Reyes, who said …"), and so does a group ("Owners of the mill, who call it …"), as decided.
 */
import type { ExtractedQuote } from '../types.js';

export function mentionUnnamedByDescription(quotes: ExtractedQuote[], text: string): void {
  for (const q of quotes) {
    if (q.speaker_kind !== 'anonymous' || !q.speaker || q.speaker_start === null || !/^who$/i.test(q.speaker_mention ?? '')) continue;
    // (Only one brought in as "a …": "Owners of the mill, who call it …" keeps "who", as decided.)
    if (!/^an?\s/i.test(q.speaker)) continue;
    // (The description written right before ", who", as the speaker reads.)
    const end = q.speaker_start - 2;
    const start = end - q.speaker.length;
    if (start < 0 || text.slice(end, q.speaker_start) !== ', ' || text.slice(start, end) !== q.speaker) continue;
    Object.assign(q, { speaker_mention: q.speaker, speaker_start: start, speaker_end: end });
  }
}
