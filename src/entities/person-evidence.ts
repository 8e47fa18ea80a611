// What around a name shows a person: an honorific, a cue after it, an age or a role in apposition, a royal's
// title before it. Shared by the full-name and the single-name stages of people.ts.
import type { Token } from '../types.js';
import { isHonorificOrAddressTitle, isRoyalTitle } from '../nlp/names.js';
import { ORGANIZATION_HEADS, ROLE_WORDS, THIRD_PERSON_POSSESSIVES, alternatives } from '../nlp/words.js';
import { personDescribedAfter } from '../nlp/described-after.js';
import { isPersonNounOrSingular } from '../lexicon/person-nouns.js';
import { UTILITY_TAILS, APPOSITION_HEAD, SERVICE_APPOSITION_HEADS, organisationInApposition } from './organisation-name-patterns.js';

/** A title word that is an honorific or an academic or peerage title, in any case, with or without its full stop: "Mrs.", "DR", "Herr", "Lord". */
export const isHonorificTitle = (word: string): boolean => isHonorificOrAddressTitle(word.toLowerCase().replace(/\.$/, ''));
// ("Okoro declined to say whether …": a question refused reports no words but still names the one who refused.)
export const CUE_AFTER = /^[\]]?\s*(?:,[^,]{0,60},\s*|,\s*)?(?:said|says|told|tells|added|explained|insisted|recalled|tweeted|wrote|asked|replied|admitted|revealed|confirmed|announced|claimed|argued|noted|laughed|joked|(?:declined|refused)\s+(?:\w+\s+){0,2}to)\b/;
// A preposition right before a name that a cue follows: the name is a place or programme the preposition takes,
// ending an apposition ("Kim, a nurse flying to Anchorage, told …"), not the speaker.
export const PLACE_TAKER_BEFORE = /\b(?:on|at|in|from|to)\s+$/i;
// ", the head of the school board,": a role over a body, longer than appositiveRole reads.
const ROLE_OF_AFTER = /^,\s+the\s+(?:[\p{L}-]+\s+)?([\p{L}-]+)\s+of\s/u;

/** Whether ", the ROLE of …" follows a name. */
function roleOfBodyAfter(after: string): boolean {
  const role = ROLE_OF_AFTER.exec(after)?.[1]?.toLowerCase();
  // ("head" heads a body as a role does: "the head of the school board".)
  return !!role && (ROLE_WORDS.has(role) || role === 'head');
}

/** Whether an age or a description of a person follows a name: ", 34,", ", a nurse", ", who runs", ", the team's new striker,". */
export function describedAfter(after: string): boolean {
  return personDescribedAfter(after) || appositiveRole(after) || roleOfBodyAfter(after);
}

/**
 * Whether the text after a name is a person's apposition: ", the treasurer," (a person noun heads it) or
 * ", a Waterford hurler, said" (a speaker's apposition that no organisation's or service's noun heads).
 */
export function personInApposition(after: string): boolean {
  const head = APPOSITION_HEAD.exec(after)?.[1];
  if (!head || organisationInApposition(after) || SERVICE_APPOSITION_HEADS.has(head) || UTILITY_TAILS.has(head)) return false;
  return isPersonNounOrSingular(head) || CUE_AFTER.test(after);
}
// What stands before a sentence's first word: the text's start, an end mark, an opening quotation mark, a line break.
const SENTENCE_OPENING_BEFORE = /(?:^|[.!?:]["”’]?\s+|[“"‘]|\n)$/;
export const sentenceOpening = (before: string) => SENTENCE_OPENING_BEFORE.test(before);
/**
 * A royal title right before token s that opens its name ("King Ottavio"), not a surname inside a longer
 * name ("Martin Luther King Jr.", "King Day").
 */
export function royalBefore(tokens: Token[], s: number): boolean {
  const title = tokens[s - 1];
  const before = tokens[s - 2];
  return !!title && isRoyalTitle(title.text) && !(before && /^\p{Lu}/u.test(before.text) && before.end + 1 >= title.start);
}
/** ", the Lyon striker,", ", his old coach.": a comma, maybe a determiner, then up to four words closed by punctuation. */
const DESCRIPTION_AFTER_COMMA = new RegExp(String.raw`^,\s+(?:(?:the|a|an|${alternatives(THIRD_PERSON_POSSESSIVES)})\s+)?((?:[\p{L}'’.-]+\s+){0,3}[\p{L}'’.-]+)\s*[,.;]`, 'u');

/** ", the Lyon striker," / ", a former minister," right after a name: an appositive ending in a role word. */
export function appositiveRole(after: string): boolean {
  const m = DESCRIPTION_AFTER_COMMA.exec(after);
  if (!m) return false;
  const words = m[1]!.toLowerCase().split(/\s+/);
  // The role heads the description, before what it is over: "vice-minister of commerce", "director of research";
  // a "vice-" or "deputy-" office is the office's.
  const of = words.indexOf('of');
  const head = (of > 0 ? words[of - 1]! : words[words.length - 1]!).replace(/^(?:vice|deputy)-/, '');
  return ROLE_WORDS.has(head) && !ORGANIZATION_HEADS.has(head);
}
