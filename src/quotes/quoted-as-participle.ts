import type { Token } from '../types.js';
import { activeQuoterBefore } from './frame-outlet.js';

// "“…,” The Columbus Dispatch quoted the mayor as saying.": the cue of the words is the participle after
// "as", whose speaker is the quoted person; the active "quoted" only names the medium that carried them.

/** The participle after "quoted/cited X as" when tokens[quoter] is that active verb, else -1. */
export function quotedAsParticiple(tokens: Token[], quoter: number, lo: number, hi: number): number {
  if (!/^(quoted|cited)$/.test(tokens[quoter]?.normal ?? '')) return -1;
  // (The object is a short phrase, up to twelve words with a name set off by commas, as activeQuoterBefore reads it.)
  for (let k = quoter + 2; k < hi && k <= quoter + 13; k++) {
    const t = tokens[k]!;
    if (t.normal === 'as') {
      const next = tokens[k + 1];
      return next && k + 1 < hi && next.pos === 'VERB' && /ing$/.test(next.normal) && activeQuoterBefore(tokens, k, lo) === quoter ? k + 1 : -1;
    }
    if (/^(VERB|AUX)$/.test(t.pos) || (t.pos === 'PUNCT' && t.text !== ',' && t.text !== '-')) return -1;
  }
  return -1;
}
