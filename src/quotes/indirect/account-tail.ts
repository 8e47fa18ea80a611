import type { Token } from '../../types.js';
import type { Frame, TokenView } from '../frame.js';
import { accordingCloses, accordingToSource, accountAfter } from './according-to.js';

/**
 * "Okafor said the fund was short, according to aides." / "…, according to two people familiar with the
 * talks.": the account closing a named speaker's report tells where the article had it from, not what the
 * speaker said, so the content ends before its comma. Returns that comma, or -1. (Not an outlet's account,
 * "…, according to Reuters": PolNeAR's gold keeps that one in the content and the outlet rules give the outlet;
 * not an account that does not close the sentence, "…, according to Lee, who said …" aside.)
 */
export function closingAccountTail(view: TokenView, content: [number, number], lo: number, last: number): number {
  const tokens: Token[] = view.tokens;
  const comma = accountAfter(tokens, content[0], content[1]);
  if (comma < 0) return -1;
  const frame: Frame | null = accordingToSource(view, comma + 1, last);
  if (!frame || frame.speaker.kind === 'outlet' || frame.outlet) return -1;
  return accordingCloses(tokens, frame, lo, last) ? comma : -1;
}
