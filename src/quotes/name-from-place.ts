import type { ExtractedQuote } from '../types.js';
import { genderOfFirstName } from '../nlp/names.js';

/**
 * "Sharon from Penrith told the station …": a lone given name followed by "from" and a capitalised place is
 * how callers and vox-pop voices are named; the person is the given name, the place only says where from.
 */
export function givenNamesFromPlaces(quotes: ExtractedQuote[], text: string): void {
  for (const q of quotes) {
    if (!q.speaker_mention || q.speaker_start === null || !/^\p{Lu}[\p{L}’'-]*$/u.test(q.speaker_mention)) continue;
    const m = /(?:^|[^\p{L}’'-])(\p{Lu}\p{Ll}+)\s+from\s+$/u.exec(text.slice(Math.max(0, q.speaker_start - 40), q.speaker_start));
    if (!m || genderOfFirstName(m[1]) === 'unknown') continue;
    const start = q.speaker_start - (m[0].length - m[0].indexOf(m[1]));
    q.speaker = m[1];
    q.speaker_mention = m[1];
    q.speaker_start = start;
    q.speaker_end = start + m[1].length;
    q.speaker_kind = 'person';
  }
}
