import type { ExtractedQuote } from '../types.js';
import { cueLexicon } from '../lexicon/cues.js';
import { ownOccasion } from './own-occasion.js';
import { reportsNow } from './cue-tense.js';
import { namesPastTimeIn, type SentencePlace } from './occasion-shift.js';

/** A quote as the interview carry read it: who it is by, whether its own sentence named its outlet, whether it was placed elsewhere. */
export interface ToldRecord {
  q: ExtractedQuote;
  key: string | null;
  /** Whether the quote's own sentence named its outlet ("she told KTLA", "In an interview with Variety, he said"). */
  own: boolean;
  /** Whether the carry read the quote as given on another occasion (a statement, a post, another time). */
  elsewhere: boolean;
}

/**
 * "Okada said he had stayed behind to hose the roof. “I was being stubborn,” he told KTLA.": a paraphrase or a
 * fragment right before the words a speaker told an outlet, by that speaker, is the writer's summary of the same
 * interview, and is given its outlet too. Only the speaker's paraphrases and fragments in the interview's own
 * sentence or the sentence just before it, or just before one that took the outlet so (a run of summaries): a
 * full quotation with its own cue ("“…,” she said. She told the BBC that …") was most often said on another
 * occasion (a briefing), and stops the walk back. Not when the interview
 * is dated to the past ("told NME last year", "In a 2019 interview"), a written piece ("she wrote in an editorial
 * in …"), or the outlet a topic inside the words ("he said he had complained to the BBC"); nor to words in the
 * present tense before an interview in the past ("X says … . X told …"), words of an occasion of their own, or
 * words said again and again ("has said", "have denied").
 */
export function carryBackToEarlierWords(records: ToldRecord[], text: string, place: SentencePlace, paragraphOf: (offset: number) => number): void {
  for (let i = 0; i < records.length; i++) {
    const told = records[i]!;
    if (!tellsAnInterview(told, text, place)) continue;
    const toldSentence = place.sentenceAt(told.q.cue_start!);
    // (Before the words' first sentence, where the quotation opens sentences before its tag: "Okada said … . “I
    // was stubborn. I stayed,” he told KTLA.")
    let sentenceBefore = sentenceEndingBefore(Math.min(toldSentence.start, place.sentenceAt(told.q.start).start), text, place);
    // (The sentence the walk last reached: words given the outlet there let it reach one sentence further back.)
    let reached = toldSentence.start;
    const paragraph = paragraphOf(told.q.start);
    for (let j = i - 1; j >= 0; j--) {
      const earlier = records[j]!;
      const at = earlier.q.cue_start ?? earlier.q.start;
      if (paragraphOf(earlier.q.start) !== paragraph) break;
      if (earlier.key !== told.key) continue;
      const sentenceStart = place.sentenceAt(at).start;
      if (sentenceStart !== toldSentence.start && sentenceStart !== reached && sentenceStart !== sentenceBefore?.start) break;
      if (earlier.q.type === 'direct' && earlier.q.cue_start !== told.q.cue_start) break;
      if (earlier.q.outlet || earlier.elsewhere || !sameOccasion(earlier.q, told.q, text, place)) continue;
      earlier.q.outlet = told.q.outlet;
      // ("X called the claim “absurd”. He said … . “…,” X told Le Monde.": a run of the speaker's summaries, sentence
      // after sentence, is one interview; each summary given the outlet reaches the sentence before it.)
      if (sentenceStart !== reached && sentenceStart !== toldSentence.start) {
        reached = sentenceStart;
        sentenceBefore = sentenceEndingBefore(sentenceStart, text, place);
      }
    }
  }
}

/** The sentence ending before `start`, past the space between (the space itself is read with the sentence after it). */
function sentenceEndingBefore(start: number, text: string, place: SentencePlace): { start: number } | null {
  let at = start - 1;
  while (at >= 0 && /\s/.test(text[at]!)) at--;
  return at < 0 ? null : place.sentenceAt(at);
}

/** Whether the quote's own sentence names the outlet the speaker spoke to, on no past date and not in writing. */
function tellsAnInterview(told: ToldRecord, text: string, place: SentencePlace): boolean {
  const q = told.q;
  if (!told.own || !told.key || !q.outlet || q.speaker_kind === 'outlet' || q.cue_start === null) return false;
  if (cueLexicon().writtenCues.has(q.cue?.toLowerCase() ?? '')) return false;
  // ("he said he had complained to the BBC": the outlet is what the words are about.)
  if (q.text.includes(q.outlet.replace(/^the\s+/i, ''))) return false;
  const s = place.sentenceAt(q.cue_start);
  return !namesPastTimeIn(text.slice(s.start, s.end));
}

/** Whether the earlier words may be from the same interview: not on an occasion of their own, not said repeatedly, not now against a past interview. */
function sameOccasion(earlier: ExtractedQuote, told: ExtractedQuote, text: string, place: SentencePlace): boolean {
  if (ownOccasion(earlier, text, place)) return false;
  if (earlier.cue && told.cue && reportsNow(earlier.cue) !== reportsNow(told.cue)) return false;
  // "Ferrer has said that …", "have denied … for years": no one occasion.
  return earlier.cue_start === null || !/\b(?:has|have)\s+(?:\p{L}+\s+)?$/iu.test(text.slice(Math.max(0, earlier.cue_start - 20), earlier.cue_start));
}
