import type { Token } from '../types.js';
import { retagged } from './retagged.js';

/**
 * The model reads "although" as a preposition, always ("said A, although she cautioned that B"). It only
 * ever opens a clause, as "though" does, which the model tags a subordinator: the rules that end a report
 * before a speaker's concession ("…, though he cautioned that …") then see both alike.
 */
export function retagAlthoughAsSubordinator(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.normal === 'although' && t.pos === 'ADP') tokens[i] = retagged(t, 'SCONJ');
  }
}
