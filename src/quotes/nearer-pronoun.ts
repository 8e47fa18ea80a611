import type { Token } from '../types.js';
import { PRONOUN_GENDER } from '../nlp/words.js';
import { classify, type SpeakerPhrase } from './speaker.js';

/**
 * "Ana Reyes toured every ward, and she has long mocked rivals for skipping “the ward walk”": a partial
 * quote with no cue of its own is spoken by its sentence's subject, but the words that use the quotation
 * are the later clause's, whose subject is the "he" or "she" standing for that subject. That pronoun, the
 * last one before the quotation, is the mention nearest the words; it names no one new.
 *
 * Returns the pronoun's phrase, or null when no "he"/"she" opens a clause (a verb after it, adverbs
 * between, no verb right before it) after the subject (from token `after`) and before the quotation's opening token `open`.
 */
export function nearerPronounSubject(tokens: Token[], after: number, open: number, inQuote: Uint8Array): SpeakerPhrase | null {
  for (let k = open - 1; k >= after; k--) {
    const t = tokens[k]!;
    if (inQuote[k] || t.pos !== 'PRON' || !/^(he|she)$/.test(t.normal)) continue;
    // "a letter that says he has “…”": a pronoun right after a verb opens reported content, whose subject
    // is what was said about someone, not the one using the words.
    if (/^(VERB|AUX)$/.test(tokens[k - 1]?.pos ?? '')) continue;
    let v = k + 1;
    while (v < open && tokens[v]!.pos === 'ADV') v++;
    if (v < open && (tokens[v]!.pos === 'VERB' || tokens[v]!.pos === 'AUX')) return classify(tokens, k, k + 1);
  }
  return null;
}

/** Whether a "he"/"she" may stand for someone of this gender ("unknown" fits either). */
export function pronounFits(pronoun: string, gender: string): boolean {
  return gender === 'unknown' || PRONOUN_GENDER.get(pronoun) === gender;
}
