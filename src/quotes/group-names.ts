import type { Paragraph } from '../types.js';
import type { MarkedSpan } from '../text/quotation-marks.js';
import { alternatives } from '../nlp/words.js';
import { nameGiverGroups } from '../lexicon/name-givers.js';
import type { Attribution } from './attribution.js';
import { NAMING_ADVERB, PASSIVE_BE, PASSIVE_NAMING_PARTICIPLES } from './naming-patterns.js';

// A name a group of people gives a place, a thing or a person, in quotation marks: "residents call the square
// “…”", "the square was called “…” by residents". It is the name the thing goes by among them, however long
// ("the living room of the city"), not words quoted from anyone.

let patterns: { active: RegExp; relative: RegExp; byGroup: RegExp } | undefined;

/** A present naming verb, plural: "call", "nickname", "dub", "know (the old market) as". */
const ACTIVE_NAMING_VERB = String.raw`(?:call|nickname|dub|know\s+(?:[\p{L}'’-]+\s+){1,3}as)`;

function load() {
  if (patterns) return patterns;
  const group = alternatives(nameGiverGroups());
  // Present tense only: what a group calls a thing habitually is its name ("locals call it “…”"); "residents
  // called the plan “…”" on one occasion is a stance they voiced.
  // (An adverb may stand before the verb, and an object of up to three words after it: "still call the old market".)
  const active = new RegExp(String.raw`(?<![\p{L}-])(?:${group})\s+${NAMING_ADVERB}${ACTIVE_NAMING_VERB}\s+(?:[\p{L}'’-]+\s+){0,3}$`, 'iu');
  // The same naming in a relative clause set off by a comma, its object the thing the clause hangs on: "the lab,
  // which they call “…”", "fans of the club, who call the ground “…”" (plural "call": a group, not one person's "calls").
  const relative = new RegExp(String.raw`,\s*(?:(?:which|that)\s+(?:they|(?:the\s+|its\s+|their\s+)?(?:${group}))|who)\s+${NAMING_ADVERB}${ACTIVE_NAMING_VERB}\s+(?:[\p{L}'’-]+\s+){0,3}$`, 'iu');
  // "by" and the group right after the closing mark, maybe with up to two small-letter words before the group ("by its longtime residents").
  const byGroup = new RegExp(String.raw`^[,.]?\s*by\s+(?:[\p{Ll}'’-]+\s+){0,2}(?:${group})(?![\p{L}-])`, 'u');
  patterns = { active, relative, byGroup };
  return patterns;
}

/** A passive naming verb right before the opening mark: "was called", "is known as", "has long been nicknamed". */
const PASSIVE_NAMING_BEFORE = new RegExp(String.raw`\b${PASSIVE_BE}\s+${NAMING_ADVERB}${PASSIVE_NAMING_PARTICIPLES}\s*$`, 'iu');

/**
 * A name reads as a noun phrase: an article or possessive and more ("the living room of the city", "a disaster"),
 * or a capitalised name ("Skip"). A bare adjective ("reckless", "rushed") is a verdict, not a name.
 */
export const NAME_LIKE = /^(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Mm]y)\s+\S|\p{Lu})/u;

/**
 * Whether the quotation at `span` is a name a group of people gives (data/name-givers.json), actively or in the
 * passive with "by". Only when nothing outside the naming clause attributes it: "Residents call the plan “a
 * disaster,” the mayor said" and "Ruiz said residents call it “…”" report a stance that a speaker relays.
 */
export function nameGivenByGroup(text: string, span: MarkedSpan, paragraph: Paragraph, attribution: Attribution | null): boolean {
  if (!NAME_LIKE.test(text.slice(span.start, span.end))) return false;
  const from = Math.max(paragraph.start, span.open - 60);
  const before = text.slice(from, span.open);
  const { active, byGroup } = load();
  const named = active.exec(before);
  if (named) return !attribution?.frame.cue || (attribution.frame.cueStart >= from + named.index && attribution.frame.cueStart < span.open);
  return !attribution?.frame.cue && PASSIVE_NAMING_BEFORE.test(before) && byGroup.test(text.slice(span.close + 1, Math.min(paragraph.end, span.close + 60)));
}

/** "by" and a group that gives names (data/name-givers.json) right after the closing mark: "… “the Crown” by locals". */
export function givenByGroupAfter(text: string, span: MarkedSpan): boolean {
  return load().byGroup.test(text.slice(span.close + 1, span.close + 60));
}

/**
 * In a relative clause only "the" and a noun or a capitalised name is a label ("which they call “the icebox”");
 * "who call it “a Trojan horse”", "… “their lifeline”" characterise the thing: a stance the group voices.
 */
const RELATIVE_LABEL = /^(?:the\s+\p{L}|(?!(?:A|An|Its|Their|His|Her|Our|My)\s)\p{Lu})/u;

/**
 * A name a group gives in a relative clause set off by a comma: "Students in the lab, which they call “the
 * glasshouse” for its lamps, …", "Fans, who call the ground “the Pit,” …". Background to its sentence, whatever
 * cue relays the sentence: no quote, and no quotation that keeps the sentence from being reported speech.
 */
export function relativeGroupName(text: string, span: MarkedSpan): boolean {
  return RELATIVE_LABEL.test(text.slice(span.start, span.end)) && load().relative.test(text.slice(Math.max(0, span.open - 60), span.open));
}

/**
 * A term of art a group uses, after "what" and a plural subject with present "call": "watching for what bee
 * researchers call “antennal drooping,”", "what economists call “deficit watering”". The group's word, not the
 * words of whoever reports the sentence: no quote, and no barrier in the report around it. (Not "what he
 * called “…”": one person's name on one occasion is his speech.)
 */
const GROUP_TERM_BEFORE = /\bwhat\s+(?:(?:the|some|many|most)\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*s\s+(?:(?:still|often|now|sometimes)\s+)?call\s+$/u;

export function termAGroupUses(text: string, span: MarkedSpan): boolean {
  return span.end - span.start <= 60 && GROUP_TERM_BEFORE.test(text.slice(Math.max(0, span.open - 60), span.open));
}
