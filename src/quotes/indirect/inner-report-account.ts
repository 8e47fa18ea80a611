import type { Token } from '../../types.js';
import { cueAt, cueLemma, type Frame, type TokenView } from '../frame.js';
import { personLike } from '../speaker.js';
import { cueLexicon } from '../../lexicon/cues.js';
import { CONTRASTING_JOINERS } from '../../nlp/words.js';
import { accordingCloses, accordingToSource, accountAfter, accountOfFrame } from './according-to.js';
import { contentOf } from './content.js';

/**
 * "The audit showed the fund was short, according to Lee": a report inside a clause the sentence credits
 * to a source at its end. The source speaks the whole clause before ", according to", inner report and
 * all; returns that frame and the content's token range, or null to keep the inner report as it is.
 * A named person's report stays the person's ("Lee said the pier will close, according to a statement"),
 * as does a person's or body's speech a news outlet carried ("…, according to Reuters"), a clause joined
 * to another ("A, but the council said B, according to X") and an account that does not close the sentence.
 */
export function accountOfInnerReport(view: TokenView, inner: Frame, content: [number, number], lo: number, last: number): { frame: Frame; content: [number, number] } | null {
  const tokens = view.tokens;
  if (inner.according) return null;
  // (The account may close the content already cut before it, when a quotation follows: "…, according to X, who said “…”".)
  const next = content[1] + 1;
  const comma = tokens[next]?.text === ',' && accountOfFrame(tokens, next + 1) ? next : accountAfter(tokens, content[0], content[1]);
  if (comma < 0) return null;
  const frame = accordingToSource(view, comma + 1, last);
  if (!frame || !accordingCloses(tokens, frame, lo, last)) return null;
  if (ownReport(inner) || (frame.speaker.kind === 'outlet' && carriedSpeech(tokens, inner))) return null;
  const whole = contentOf(tokens, frame, lo, last, comma + 1);
  // (The clause must hold the inner cue: the source credits the report, not a clause after it.)
  if (!whole || whole[0] > inner.cueToken || whole[1] !== comma - 1 || coordinatedReport(tokens, whole[0], whole[1])) return null;
  return { frame, content: whole };
}

/**
 * A named person's report ("Okafor said the fund was short, according to a statement"): the source only
 * passed it on. (Bodies are left to the source: PolNeAR's gold credits "police said …, according to
 * attorneys" to the attorneys; keeping every person-like subject's report cost polnear_dev speaker .930→.929.)
 */
function ownReport(inner: Frame): boolean {
  return inner.speaker.kind === 'person' && /^\p{Lu}/u.test(inner.speaker.name);
}

/** A speech verb with a person or body saying it: words an outlet passed on, still the speaker's. */
function carriedSpeech(tokens: Token[], inner: Frame): boolean {
  return cueLexicon().speech.has(cueLemma(tokens[inner.cueToken]!)) && personLike(inner.speaker);
}

/**
 * The clause holds a second, joined clause with a report of its own, which the source does not speak whole:
 * "A, but the council said B, according to X" (after ";" or a comma and a contrasting joiner).
 */
function coordinatedReport(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const joined = tokens[k]!.normal === ';' || (tokens[k]!.normal === ',' && CONTRASTING_JOINERS.has(tokens[k + 1]!.normal));
    if (joined && tokens.slice(k + 1, to + 1).some((t, j) => cueAt(tokens, k + 1 + j, 'report') && cueLexicon().speech.has(cueLemma(t)))) return true;
  }
  return false;
}
