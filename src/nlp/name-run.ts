import type { Token } from '../types.js';

/**
 * The token after the run of capitalised proper nouns that starts at tokens[from] ("Ana Ruiz" in "asked Ana Ruiz
 * whether"), stopping at `limit` (exclusive, at most tokens.length); `from` itself when no name starts there.
 * Both tests: a capitalised word may be no name ("Asked"), and the tagger may call a small-letter word a proper noun.
 */
export function nameRunEnd(tokens: readonly Token[], from: number, limit: number): number {
  let end = from;
  while (end < limit && tokens[end]!.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[end]!.text)) end++;
  return end;
}
