/**
 * Bodies name themselves by running words together with a capital inside (FoodNet, DigitalEurope) or by initials
 * with a small letter (EDRi); people's names take a second capital only after a prefix (McDonald, MacLeod,
 * DeShawn, LeBron, DiCaprio), so such a word alone, written that way, is a body's name, not a person's.
 */
import { isSurnamePrefix } from '../lexicon/surname-prefixes.js';

/** The longest prefix (a capital and small letters) a second capital follows inside one word. */
const INNER_CAPITAL = /^(\p{Lu}\p{Ll}+)\p{Lu}\p{L}*$/u;

/** Initials then small letters: "EDRi", "GovTrack" is the pattern above. */
const INITIALS_THEN_SMALL = /^\p{Lu}{2,}\p{Ll}{1,2}$/u;

/** Small letters that make capitals a plural or a possessive, not part of a name: "NGOs", "MPs". */
const PLURAL_OF_INITIALS = /^\p{Lu}{2,}s$/u;

/** Whether one word is written as a body's run-together name: "FoodNet", "DigitalEurope", "EDRi" (not "McDonald", "LeBron", "MacLeod"). */
export function isRunTogetherBodyName(word: string): boolean {
  if (INITIALS_THEN_SMALL.test(word)) return !PLURAL_OF_INITIALS.test(word);
  const m = INNER_CAPITAL.exec(word);
  if (!m) return false;
  // (One or two letters before the second capital are a name's prefix: Mc, De, Di, Le, La, Ja, O'.)
  const prefix = m[1]!;
  return prefix.length > 2 && !isSurnamePrefix(prefix);
}
