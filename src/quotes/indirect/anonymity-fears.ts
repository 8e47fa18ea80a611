import type { Token } from '../../types.js';
import { inAnonymityReason } from '../anonymity-reason.js';

/**
 * "who asked not to be named because she feared losing her job", "… anonymity because he feared reprisals": a
 * cue in the reason a source gives for staying unnamed, with a gerund, an infinitive or a bare noun phrase after it, is the
 * source's motive, not something said. A clause after it still reports, as PolNeAR annotates it ("because she
 * feared her employer would think …").
 */
export function anonymityMotive(tokens: Token[], i: number): boolean {
  if (!inAnonymityReason(tokens, i)) return false;
  const next = tokens[i + 1];
  if (!next) return false;
  if (/ing$/.test(next.normal) && next.pos === 'VERB') return true;
  // ("because she hoped to be rehired": a wish for oneself, an infinitive with no subject of its own, is the motive too.)
  if (next.normal === 'to' && tokens[i + 2] && /^(VERB|AUX)$/.test(tokens[i + 2]!.pos)) return true;
  for (let k = i + 1; k < tokens.length && k < i + 6; k++) {
    const t = tokens[k]!;
    if (/^[,.;:!?—–]$/.test(t.text) || (t.pos === 'ADP' && k > i + 1)) return k > i + 1;
    if (!/^(DET|ADJ|NOUN|NUM)$/.test(t.pos) && t.normal !== "'s") return false;
  }
  return false;
}
