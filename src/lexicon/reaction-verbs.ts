import { wordSetFrom } from './data-file.js';

let words: ReadonlySet<string> | undefined;

/**
 * A verb lemma for a person reacting to what another said (data/reaction-verbs.json): "and Ashby backed him". Not
 * echoed-claims.ts: that one is a taker-up of the words themselves inside an appositive (", a point X repeated").
 */
export function isReactionVerb(lemma: string): boolean {
  words ??= wordSetFrom('reaction-verbs.json', 'words');
  return words.has(lemma);
}
