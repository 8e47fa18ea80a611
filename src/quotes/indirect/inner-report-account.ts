import type { Token } from '../../types.js';
import { cueLemma, type Frame, type TokenView } from '../frame.js';
import { personLike } from '../speaker.js';
import { cueLexicon } from '../../lexicon/cues.js';
import { accordingCloses, accordingToSource, accountAfter } from './according-to.js';
import { contentOf } from './content.js';

/**
 * "The audit showed the fund was short, according to Lee": a report inside a clause the sentence credits
 * to a source at its end. The source speaks the whole clause before ", according to", inner report and
 * all; returns that frame and the content's token range, or null to keep the inner report as it is.
 * A person's speech passed on by a news outlet stays the person's ("Lee said the pier will close,
 * according to Reuters": the outlet only carried it), as does an account that does not close the sentence.
 */
export function accountOfInnerReport(view: TokenView, inner: Frame, content: [number, number], lo: number, last: number): { frame: Frame; content: [number, number] } | null {
  const tokens = view.tokens;
  if (inner.according) return null;
  const comma = accountAfter(tokens, content[0], content[1]);
  if (comma < 0) return null;
  const frame = accordingToSource(view, comma + 1, last);
  if (!frame || !accordingCloses(tokens, frame, lo, last)) return null;
  if (frame.speaker.kind === 'outlet' && carriedSpeech(tokens, inner)) return null;
  const whole = contentOf(tokens, frame, lo, last, comma + 1);
  // (The clause must hold the inner cue: the source credits the report, not a clause after it.)
  if (!whole || whole[0] > inner.cueToken || whole[1] !== comma - 1) return null;
  return { frame, content: whole };
}

/** A speech verb with a person or body saying it: words an outlet passed on, still the speaker's. */
function carriedSpeech(tokens: Token[], inner: Frame): boolean {
  return cueLexicon().speech.has(cueLemma(tokens[inner.cueToken]!)) && personLike(inner.speaker);
}
