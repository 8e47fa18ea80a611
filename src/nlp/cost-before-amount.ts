import type { Token } from '../types.js';
import { retagged } from './retagged.js';

/** A money amount opens at a token: a currency sign or a number ("$18 million", "£2m", "40,000 euros"). */
const AMOUNT_OPENER = /^(?:[$£€¥]|\d)/;

/**
 * "The production cost $18 million, …": the model reads "cost" after a noun as a compound's head ("production
 * cost"), leaving the clause without a verb. Before an amount with no other verb in its clause, it is the verb
 * (the noun reading needs a verb of its own: "the production cost $18 million was met by …").
 */
export function retagCostBeforeAmount(tokens: Token[]): void {
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'NOUN' || (t.normal !== 'cost' && t.normal !== 'costs')) continue;
    if (!/^(NOUN|PROPN)$/.test(tokens[i - 1]!.pos) || !AMOUNT_OPENER.test(tokens[i + 1]!.text)) continue;
    if (verbInClauseAfter(tokens, i + 1)) continue;
    tokens[i] = retagged(t, 'VERB', 'cost');
  }
}

/** A verb or auxiliary among the tokens from `k` to the clause's end (a comma, a semicolon or a full stop), eight words at most. */
function verbInClauseAfter(tokens: Token[], k: number): boolean {
  for (let j = k; j < tokens.length && j < k + 8; j++) {
    const t = tokens[j]!;
    if (/^[,;:.!?]$/.test(t.text)) return false;
    if (t.pos === 'VERB' || t.pos === 'AUX') return true;
  }
  return false;
}
