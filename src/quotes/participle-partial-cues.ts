import type { ExtractedQuote } from '../types.js';
import { cueLexicon } from '../lexicon/cues.js';

/** ", adding that", ", noting": a comma, a speech verb's -ing form, maybe "that", then the clause up to the quotation. */
const PARTICIPLE_BEFORE = /,\s+(\p{Ll}+ing)\b(?:\s+that)?[^.!?“”"]*$/u;

/** Whether `word` ("adding", "noting", "stressing") is the -ing form of a speech cue verb. */
function speechParticiple(word: string): boolean {
  const speech = cueLexicon().speech;
  const stem = word.slice(0, -3);
  return [stem, `${stem}e`, stem.replace(/(\p{Ll})\1$/u, '$1')].some((lemma) => lemma.length > 2 && speech.has(lemma));
}

/**
 * "“…,” she said, adding that the bank remained “ready to act.”": a partial inside the clause a speech verb's -ing
 * form opens was given by that verb, not by the cue before it (the sets' gold: cue "adding"). Only where the
 * participle stands between the quote's cue and the quote, in the same sentence.
 */
export function participlePartialCues(quotes: ExtractedQuote[], text: string): void {
  for (const q of quotes) {
    if (q.type !== 'partial' || q.cue_end === null || q.cue_end > q.start) continue;
    const between = text.slice(q.cue_end, q.start).replace(/[“"]$/, '');
    const m = PARTICIPLE_BEFORE.exec(between);
    if (!m || !speechParticiple(m[1]!)) continue;
    const cueStart = q.cue_end + m.index + m[0].indexOf(m[1]!);
    Object.assign(q, { cue: m[1], cue_start: cueStart, cue_end: cueStart + m[1]!.length });
  }
}
