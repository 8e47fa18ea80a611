import type { TokenView } from '../frame.js';
import { cueLemma, hasVerb } from '../frame.js';
import { cueLexicon } from '../../lexicon/cues.js';
import type { IndirectQuote } from './report-sentence.js';
import { KeyRange } from '../../text/sorted-search.js';

/**
 * Two reports of one speaker where the second's cue lies in the first's content: the first ran on into what
 * the speaker did next.
 * - "Roe hit back at critics, saying the plan was sound": the first content opens on the second's cue, a verb of
 *   speech, so all it holds is the second report; the first is dropped ("The mayor hit back, saying …" never made
 *   it). (Not when the second cue is a stance with a noun object: "has been vocal in opposing the new tariff" is
 *   reported whole, as the attitude's content.)
 * - "Roe has denied wrongdoing and said she would appeal": a noun object, then "and" and the speaker's next cue;
 *   the object ends before "and" (no gold set runs a report on through "and said" of its own speaker). So with
 *   "but": "Roe confirmed the deal but said …" (no one confirmed "said …").
 */
export function withoutNextActInContent(view: TokenView, reports: IndirectQuote[]): IndirectQuote[] {
  const text = view.doc.article.text;
  const out: IndirectQuote[] = [];
  // (Only reports whose cue lies in q's content can cut it: found by offset, not by a scan of every pair.)
  const cues = new KeyRange(reports, (r) => r.frame.cueStart);
  for (const q of reports) {
    let end = q.end;
    let dropped = false;
    for (const k of cues.indicesIn(q.start, q.end - 1)) {
      const next = reports[k]!;
      if (next === q || !sameSpeaker(q, next) || next.frame.cueStart < q.start || next.frame.cueStart >= end) continue;
      if (next.frame.cueStart === q.start && cueLexicon().speech.has(cueLemma(view.tokens[next.frame.cueToken]!))) {
        dropped = true;
        break;
      }
      const cut = beforeJoinedAct(view, text, q.start, next.frame.cueStart);
      if (cut > q.start) end = cut;
    }
    if (!dropped) out.push(end === q.end ? q : { ...q, end });
  }
  return out;
}

function sameSpeaker(a: IndirectQuote, b: IndirectQuote): boolean {
  return a.frame.speaker.start === b.frame.speaker.start && a.frame.speaker.end === b.frame.speaker.end;
}

/** Joiners of a next act, and the adverbs or auxiliaries between it and its cue: ", and later", " but". */
const JOINED_ACT = /,?\s+(?:and|but)\s+(?:(?:also|later|then|has|have|had)\s+)*$/;

/** "and" or "but" (an optional comma before it, an adverb or auxiliary after) right before the cue at cueStart, after a content with no verb: where the content ends, or -1. */
function beforeJoinedAct(view: TokenView, text: string, start: number, cueStart: number): number {
  const joined = JOINED_ACT.exec(text.slice(start, cueStart));
  if (!joined || joined.index === 0) return -1;
  const end = start + joined.index;
  // (Only a noun object: "said the driver stopped and said sorry" may be the driver's act, inside what was said.)
  const tokens = view.tokens;
  if (hasVerb(tokens, view.tokenAtOrAfter(start), view.tokenAtOrAfter(end) - 1)) return -1;
  return end;
}
