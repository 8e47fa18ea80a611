import type { Token } from '../types.js';
import { retagged } from './retagged.js';
import { capitalisedNameRunsOn } from './gerund-name-words.js';
import { followsCapitalisedName } from './adverb-name-words.js';

/**
 * "Animal welfare group Born Free said …": the tagger reads a name's first word as the verb it also spells ("Born",
 * "Save", "Stand"), so the speaker lost the word and was read as a person, "Free". As with a gerund
 * (gerund-name-words.ts), running text capitalises no verb inside a sentence: a capitalised word tagged a verb,
 * after a lower-case word, with a capitalised proper noun right after it and a lower-case word after that, opens
 * that name. (After a comma or a stop it may open a clause or a headline's words: left alone.)
 */
export function retagVerbsOpeningNames(tokens: Token[]): void {
  for (let i = 1; i + 2 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || t.text.endsWith('ing')) continue;
    if (!/^\p{Ll}+$/u.test(tokens[i - 1]!.text)) continue;
    if (!capitalisedNameRunsOn(tokens, i)) continue;
    tokens[i] = retagged(t, 'PROPN', t.normal);
  }
}

/**
 * "Northlight Forge missed a launch date": a capitalised word tagged a verb right after a capitalised proper noun,
 * with a verb in small letters right after it, is the name's last word ("Forge", "Bridge", "Watch"); the small
 * verb is the sentence's. (A headline's "Zoo Returns Pandas" has no small verb after it.)
 */
export function retagVerbsEndingNames(tokens: Token[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) continue;
    const next = tokens[i + 1]!;
    if (!followsCapitalisedName(tokens, i)) continue;
    if ((next.pos !== 'VERB' && next.pos !== 'AUX') || !/^\p{Ll}+$/u.test(next.text) || t.end + 1 !== next.start) continue;
    tokens[i] = retagged(t, 'PROPN', t.normal);
  }
}
