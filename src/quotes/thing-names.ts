// Names a thing goes by or a place by the way ("a group called the “…”", "past the “old mill”"), and naming verbs that make a name someone's own words.
import type { Paragraph } from '../types.js';
import type { MarkedSpan } from '../text/quotation-marks.js';
import { namingVerbAlternation } from '../lexicon/naming-verbs.js';

/**
 * Quoted words that name a thing rather than quote anyone, whoever speaks nearby: the name it goes by
 * ("a group known as the “harbour friends”") or a place next to the way ("sail past the “old mill”").
 */
export function namesThing(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  const before = text.slice(Math.max(paragraph.start, span.open - 40), span.open);
  return GOES_BY_BEFORE.test(before) || PLACE_BEFORE.test(before);
}

/** A preposition of place, then "the": "past the", "behind the". (Not "into" or "toward", often figures of speech: "into the “abyss”".) */
const PLACE_BEFORE = /\b(?:past|beside|opposite)\s+the\s*$/i;

/** The name a thing goes by, then "the" or a possessive: "known locally as the", "a group called the", "nicknamed Reed’s". */
const GOES_BY_BEFORE = new RegExp(String.raw`\b(?:known\s+(?:\p{L}+\s+)?as|${namingVerbAlternation('thing_goes_by')})\s+(?:the|[\p{L}.-]+['’]s)\s*$`, 'u');

/** A naming verb, maybe its object, then "the" or a possessive: "called the", "dubbed it the", "calls Reed’s". */
export const NAMED_BEFORE = new RegExp(String.raw`\b(?:${namingVerbAlternation('speaker_names_it')})\s+(?:(?:it|them|him|her|this|that)\s+)?(?:the|[\p{L}.-]+['’]s)\s*$`, 'u');
