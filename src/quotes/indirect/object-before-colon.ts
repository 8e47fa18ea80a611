import type { Token } from '../../types.js';
import { subjectAndVerbAt } from './clause-openers.js';

/**
 * "He did say one thing: there will be no boats", "said this: the pier stays shut": a short object that
 * announces the words, then a colon and a clause. The clause after the colon is what was said; the object
 * only points at it. Returns the first token of that clause, or -1.
 */
export function clauseAfterAnnouncingObject(tokens: Token[], from: number, last: number): number {
  // (A noun phrase of a few words only, no verb or preposition: "said in a statement: …" is an adverbial.)
  for (let k = from; k <= last && k < from + 4; k++) {
    const t = tokens[k]!;
    if (t.text === ':') return k > from && subjectAndVerbAt(tokens, k + 1, last) ? k + 1 : -1;
    if (!/^(DET|NUM|ADJ|NOUN|PRON)$/.test(t.pos)) return -1;
  }
  return -1;
}
