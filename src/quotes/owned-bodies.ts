import { isOwnedBodyNoun } from '../lexicon/owned-bodies.js';
import type { Token } from '../types.js';

/**
 * span[head] is a body's noun ("mission", "delegation", "panel") whose owner names it before it: a capitalised
 * name ("the OSCE mission", "a United Nations panel of scientists") or a possessive ("Saudi Arabia's delegation").
 * Such a phrase speaks for the body, not for an unnamed person. ("The panel said": a capital that only opens the
 * sentence names no owner.)
 */
export function isOwnedBodyHead(span: Token[], head: number): boolean {
  if (!isOwnedBodyNoun(span[head]!.normal)) return false;
  for (let k = 0; k < head; k++) {
    const t = span[k]!;
    if (/^['’]s?$/.test(t.text) && k > 0) return true;
    if (t.pos !== 'DET' && /^\p{Lu}/u.test(t.text)) return true;
  }
  return false;
}
