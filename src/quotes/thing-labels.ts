import type { Paragraph } from '../types.js';
import type { MarkedSpan } from '../text/quotation-marks.js';
import { cueLexicon } from '../lexicon/cues.js';
import { isPersonNoun } from '../lexicon/person-nouns.js';
import { isPluralPeopleNoun } from '../lexicon/cues.js';
import { ORGANIZATION_HEADS, ORGANIZATION_TAILS } from '../nlp/words.js';

// A determiner, up to two modifiers, the thing's noun, then (maybe after a comma) the participle: "a folder labeled ".
const THING_THEN_PARTICIPLE = /\b(?:a|an|the|one|two|three|several|some|its|his|her|their|our|each|every)\s+(?:[\p{L}-]+\s+){0,2}([\p{L}-]+)\s*,?\s+([\p{L}]+)\s*$/iu;

/**
 * Words labelling a thing named right before them: "found a folder labeled “…”", "a crate, marked “…”",
 * "boxes stamped “…”". They are written on it; the thing is no speaker and no one is quoted. (Not after a
 * noun for people or a body, who may be the ones labelled by others or give the label themselves.)
 */
export function labelOnAThing(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  const before = text.slice(Math.max(paragraph.start, span.open - 60), span.open);
  const m = THING_THEN_PARTICIPLE.exec(before);
  if (!m || !cueLexicon().thingLabelParticiples.has(m[2]!.toLowerCase())) return false;
  const noun = m[1]!.toLowerCase();
  return !(isPersonNoun(noun) || isPluralPeopleNoun(noun) || ORGANIZATION_HEADS.has(noun) || ORGANIZATION_TAILS.has(noun));
}
