import type { Token } from '../types.js';
import { retagged } from './retagged.js';

/**
 * "The pressure group Fair Votes Now said …", "Harland Together said …": the tagger reads a name's last word
 * as the adverb it also spells, so the name was cut to "Fair Votes". Running text capitalises no adverb
 * inside a sentence, so a capitalised adverb right after a capitalised proper noun, with a lower-case word
 * after it, ends that name. (A title-case headline capitalises the next word too and is left alone.)
 */
export function retagAdverbsEndingNames(tokens: Token[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'ADV' || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) continue;
    const next = tokens[i + 1]!;
    if (!followsCapitalisedName(tokens, i)) continue;
    if (!/^\p{Ll}+$/u.test(next.text) || t.end + 1 !== next.start) continue;
    tokens[i] = retagged(t, 'PROPN', t.normal);
  }
}

/** Right before token i, a capitalised proper noun joined to it: the word may be that name's last. */
export function followsCapitalisedName(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !!prev && prev.pos === 'PROPN' && /^\p{Lu}/u.test(prev.text) && prev.end + 1 === tokens[i]!.start;
}
