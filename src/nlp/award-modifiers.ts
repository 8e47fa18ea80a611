import type { Token } from '../types.js';
import { awardParticiples } from '../lexicon/award-participles.js';
import { retagged } from './retagged.js';

/**
 * "Oscar-nominated actress Marisol Keane", "Grammy-winning singer": an award's name hyphened to a participle is
 * one modifier, an adjective, never a person's name (the tagger reads "Oscar" as a name and the name as the subject).
 */
export function retagAwardModifiers(tokens: Token[]): void {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const award = tokens[i]!, hyphen = tokens[i + 1]!, word = tokens[i + 2]!;
    if (hyphen.text !== '-' || award.end !== hyphen.start || hyphen.end !== word.start) continue;
    if (!/^\p{Lu}/u.test(award.text) || !awardParticiples().has(word.normal)) continue;
    tokens[i] = retagged(award, 'ADJ');
    tokens[i + 2] = retagged(word, 'ADJ');
  }
}
