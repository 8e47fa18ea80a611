import { isPersonNounOrSingular } from '../lexicon/person-nouns.js';
import { isNamedThingNoun } from '../lexicon/named-things.js';
import { genderOfFirstName } from './names.js';

/**
 * How news English says that a lone given name follows: "gave only his first name, ", "whose first name is ",
 * "a fan identified only as ", "a driver, who was known only as ". The name after is a person's whole name as the
 * article gives it. Read by the people list and by a quote's speaker.
 */
const FIRST_NAME_BEFORE = /\b(?:first|given) name(?:,|\s+(?:is|was))?\s+$/i;
// The word before the verb says whose name is withheld: "a shell company listed only as Marwick" names no one.
// (A modal or a wish may come between: "who would be identified only as", "who asked to be named only as".)
const ONLY_AS_BEFORE = /(?:^|[^\p{L}-])([\p{L}-]+)[\s,]+(?:(?:who|was|is|were|been|being|be|has|had|have|publicly|would|could|will|can|may|might|should|must|asked|wanted|wished|agreed|chose|to)\s+)*(?:identified|known|named|listed|referred\s+to)\s+only\s+as\s+$/iu;
// The same with or without "only", for what is named: "the group, known as Ember,", "a dog known only as Bella".
const KNOWN_AS_BEFORE = new RegExp(ONLY_AS_BEFORE.source.replace(String.raw`\s+only\s+as`, String.raw`\s+(?:only\s+)?as`), 'iu');
/**
 * Whether `before` ends with "as" and white space, as every match of ONLY_AS_BEFORE and KNOWN_AS_BEFORE does
 * ("as\s+$"). Both patterns end on $ and are otherwise tried at each word of `before`; most texts before a name end
 * otherwise. (trimEnd strips what \s matches; the case-insensitive test keeps their flags' sense.)
 */
function endsWithAsAndSpace(before: string): boolean {
  const trimmed = before.trimEnd();
  return trimmed.length < before.length && AS_AT_END.test(trimmed.slice(-2));
}
const AS_AT_END = /^as$/iu;
const PRONOUNS_OF_PEOPLE = new Set(['who', 'he', 'she', 'they', 'him', 'her', 'them']);

/**
 * Whether `before` (the text right before `name`, with its trailing space) says only a first name follows:
 * after "first name," always; after "<a person> known only as" when the word before names a person (a person noun,
 * a pronoun, an age: "a 34-year-old"), or `name` is a known given name and the word before is no animal, group or
 * thing ("a dog known only as Bella", "the group, known only as Ember": data/named-things.json).
 */
export function firstNameOnlyBefore(before: string, name: string): boolean {
  if (FIRST_NAME_BEFORE.test(before)) return true;
  const match = endsWithAsAndSpace(before) ? ONLY_AS_BEFORE.exec(before) : null;
  const word = match?.[1]?.toLowerCase();
  if (!match || !word) return false;
  if (personHeadsRelative(before, match)) return true;
  if (PRONOUNS_OF_PEOPLE.has(word) || isPersonNounOrSingular(word) || /(?:man|woman|-old)$/.test(word)) return true;
  return !isNamedThingNoun(word) && genderOfFirstName(name) !== 'unknown';
}

/**
 * Whether `before` says the name after it is an animal's, a group's or a thing's (data/named-things.json): "the
 * group, known only as Ember,", "a dog known as Bella". Such a name is no person, even one that speaks.
 */
export function thingNamedBefore(before: string): boolean {
  const match = endsWithAsAndSpace(before) ? KNOWN_AS_BEFORE.exec(before) : null;
  const word = match?.[1]?.toLowerCase();
  return !!match && !!word && isNamedThingNoun(word) && !personHeadsRelative(before, match);
}

/**
 * Whether a "who" clause in `match` belongs to a person noun heading the phrase before it: in "A manager at
 * the firm, who asked to be named only as" the name is the manager's, not the firm's (the word the pattern
 * caught). The head is the first noun after "a/an/the" since the clause's start.
 */
function personHeadsRelative(before: string, match: RegExpExecArray): boolean {
  if (!/\bwho\b/i.test(match[0])) return false;
  const clause = before.slice(0, match.index + match[0].indexOf(match[1]!)).split(/[.;:!?“”"]/).pop() ?? '';
  const head = /\b(?:a|an|the)\s+([\p{L}-]+)/iu.exec(clause)?.[1]?.toLowerCase();
  return !!head && isPersonNounOrSingular(head);
}
