import type { Token } from '../types.js';
import { retagged } from './retagged.js';

/**
 * "…, Racing Australia confirmed on Friday": the tagger reads a name's first word as the verb it also spells
 * (a gerund), so the body lost its name and the closing cue its speaker. Running text capitalises no gerund
 * inside a sentence, so a capitalised -ing word tagged a verb, after a comma or a lower-case word, with a
 * capitalised proper noun right after it and a lower-case word after that, opens that name. (Sentence-initial
 * "Leaving Paris, she …" and a title-case headline are left alone.)
 */
export function retagGerundsOpeningNames(tokens: Token[]): void {
  for (let i = 1; i + 2 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' || !/^\p{Lu}\p{Ll}+ing$/u.test(t.text)) continue;
    const prev = tokens[i - 1]!;
    if (prev.text !== ',' && !/^\p{Ll}+$/u.test(prev.text)) continue;
    if (!capitalisedNameRunsOn(tokens, i)) continue;
    tokens[i] = retagged(t, 'PROPN', t.normal);
  }
}

/** Right after token i, a capitalised proper noun joined to it, then a lower-case word: the shape of a name's rest. */
export function capitalisedNameRunsOn(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const name = tokens[i + 1];
  const after = tokens[i + 2];
  if (!name || !after) return false;
  if (name.pos !== 'PROPN' || !/^\p{Lu}/u.test(name.text) || t.end + 1 !== name.start) return false;
  return /^\p{Ll}+$/u.test(after.text) && name.end + 1 === after.start;
}
