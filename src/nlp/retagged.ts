import type { Token } from '../types.js';

/**
 * A token with a new part of speech (and lemma), written out key by key in the order the analyser
 * builds tokens. A spread copy (`{ ...t, pos }`) gets a different hidden class, so every function that
 * reads tokens would see two shapes and V8 would deoptimise it over and over.
 */
export function retagged(t: Token, pos: string, lemma: string = t.lemma): Token {
  return { text: t.text, start: t.start, end: t.end, normal: t.normal, pos, lemma, type: t.type };
}
