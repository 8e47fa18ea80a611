import type { Token } from '../../types.js';
import type { Frame } from '../frame.js';

/**
 * Past the outlet a "tell" cue names as its hearer: "told Rolling Stone that …" reports from after
 * "that", whatever the tagger makes of the name's words ("Rolling" read as a verb kept the name in the
 * content). The frame already holds the outlet as written; when the tokens at `from` spell it, the
 * content search starts after them. Returns `from` unchanged otherwise.
 */
export function pastHearerOutlet(tokens: Token[], frame: Frame, from: number, last: number): number {
  const outlet = frame.outlet?.replace(/\s+/g, '');
  if (!outlet) return from;
  let spelled = '';
  for (let k = from; k <= last && spelled.length < outlet.length; k++) {
    spelled += tokens[k]!.text;
    if (spelled === outlet) return k + 1;
  }
  return from;
}
