import type { Token } from '../types.js';
import { retagged } from './retagged.js';

/** Possessive pronouns before a noun (not "her", also an object: "heard her saying"). */
const POSSESSIVE_PRONOUNS = /^(its|his|their|our|my|your)$/;

/**
 * "A person familiar with the campaign's thinking said …": the model reads an -ing word after a possessive as a
 * verb, so the subject ended before it and "thinking" became a cue. After a possessive (a noun's "'s" or "its",
 * "their" …) an -ing word that the sentence's finite verb, a comma or "who" follows heads the possessor's noun
 * phrase ("the board's reasoning was …", "her party's thinking, who …"): a noun. ("he's saying" is no possessive.)
 */
export function retagGerundsAfterPossessive(tokens: Token[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' || !/^\p{Ll}+ing$/u.test(t.text)) continue;
    const prev = tokens[i - 1]!;
    const genitive = prev.pos === 'PART' && /^['’]s$/.test(prev.normal) && /^(NOUN|PROPN)$/.test(tokens[i - 2]?.pos ?? '');
    if (!genitive && !POSSESSIVE_PRONOUNS.test(prev.normal)) continue;
    const next = tokens[i + 1]!;
    const finite = (next.pos === 'VERB' || next.pos === 'AUX') && !/ing$/.test(next.normal);
    if (finite || next.text === ',' || next.normal === 'who') tokens[i] = retagged(t, 'NOUN', t.normal);
  }
}
