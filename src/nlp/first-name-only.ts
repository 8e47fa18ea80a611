import { isPersonNounOrSingular } from '../lexicon/person-nouns.js';
import { genderOfFirstName } from './names.js';

/**
 * How news English says that a lone given name follows: "gave only his first name, ", "whose first name is ",
 * "a fan identified only as ", "a driver, who was known only as ". The name after is a person's whole name as the
 * article gives it. Read by the people list and by a quote's speaker.
 */
const FIRST_NAME_BEFORE = /\b(?:first|given) name(?:,|\s+(?:is|was))?\s+$/i;
// The word before the verb says whose name is withheld: "a shell company listed only as Marwick" names no one.
const ONLY_AS_BEFORE = /(?:^|[^\p{L}-])([\p{L}-]+)[\s,]+(?:(?:who|was|is|were|been|being|has|had|publicly)\s+)*(?:identified|known|named|listed|referred\s+to)\s+only\s+as\s+$/iu;
const PRONOUNS_OF_PEOPLE = new Set(['who', 'he', 'she', 'they', 'him', 'her', 'them']);

/**
 * Whether `before` (the text right before `name`, with its trailing space) says only a first name follows:
 * after "first name," always; after "<a person> known only as" when the word before names a person (a person noun,
 * a pronoun, an age: "a 34-year-old") or `name` is a known given name.
 */
export function firstNameOnlyBefore(before: string, name: string): boolean {
  if (FIRST_NAME_BEFORE.test(before)) return true;
  const word = ONLY_AS_BEFORE.exec(before)?.[1]?.toLowerCase();
  if (!word) return false;
  return genderOfFirstName(name) !== 'unknown' || PRONOUNS_OF_PEOPLE.has(word) || isPersonNounOrSingular(word) || /(?:man|woman|-old)$/.test(word);
}
