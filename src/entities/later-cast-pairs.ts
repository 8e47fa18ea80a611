// A billing sentence lists its cast in pairs: "The film stars Ida Brant as Nell Vane, a widow who …, and Tomas
// Reid as Father Aske, the priest who …". The opening pair follows the verb; each later pair, after a comma or
// "and", is an actor's full name, "as" and the part's name, closed like the first. Only that sentence is read.
import { sentenceEndFrom } from '../text/sentence-end.js';
import { abbreviatedHonorificAlternatives } from '../lexicon/abbreviated-honorifics.js';

const ACTOR = String.raw`\p{Lu}[\p{L}'’.-]+(?:[ \t]+(?:de[ \t]+|van[ \t]+|von[ \t]+)?\p{Lu}[\p{L}'’.-]+){1,2}`;
const HONORIFIC = String.raw`(?:${abbreviatedHonorificAlternatives()})\.[ \t]+`;
const PART = String.raw`(?:[Tt]he[ \t]+|${HONORIFIC})?\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,3}`;
// ("and Tomas Reid as the wisecracking neighbour Sam Pell": a description of the part may stand before its name,
// after an article and with no preposition, as in the opening pair.)
const PART_DESCRIPTION = String.raw`(?:(?:the|a|an|his|her|their)[ \t]+(?:(?!(?:for|with|in|on|at|to|of|and|or|against|alongside|opposite|by|from|into|under|over|who|whose|that)\b)\p{Ll}[\p{Ll}'’-]+[ \t]+){1,3})?`;
const LATER_PAIR = new RegExp(String.raw`(?:,[ \t]+(?:and[ \t]+)?|[ \t]and[ \t]+)(${ACTOR})[ \t]+as[ \t]+${PART_DESCRIPTION}(${PART})(?=[ \t]*[,.;:)]|[ \t]+(?:in|opposite|alongside|and|who|with)\b|$)`, 'gu');

export interface CastPair { actor: string; part: string }

/** The "ACTOR as PART" pairs after `from` (the end of a billing's first pair) up to the end of its sentence. */
export function laterCastPairs(text: string, from: number): CastPair[] {
  const end = sentenceEndFrom(text, from);
  const rest = text.slice(from, Math.min(text.length, end + 1));
  return [...rest.matchAll(LATER_PAIR)].map((m) => ({ actor: m[1]!, part: m[2]! }));
}
