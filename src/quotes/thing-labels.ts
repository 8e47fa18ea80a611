import type { Paragraph } from '../types.js';
import type { MarkedSpan } from '../text/quotation-marks.js';
import { cueLexicon, isPluralPeopleNoun } from '../lexicon/cues.js';
import { isPersonNoun } from '../lexicon/person-nouns.js';
import { alternatives, AUXILIARIES_AND_MID_ADVERBS, DETERMINERS, ORGANIZATION_HEADS, ORGANIZATION_TAILS, POSSESSIVES } from '../nlp/words.js';

/** Counting words that open a phrase for things as a determiner does: "two boxes stamped", "each crate marked". */
const COUNTING_OPENERS = ['one', 'two', 'three', 'several', 'some', 'each', 'every'];

/**
 * A determiner (or an owner's possessive, "the union's"), up to two modifiers, the thing's noun, then (maybe after a
 * comma) the participle: "a folder labeled ", "The union's leaflet, marked ".
 */
const THING_THEN_PARTICIPLE = new RegExp(
  `\\b(?:${alternatives(DETERMINERS, POSSESSIVES, COUNTING_OPENERS)}|[\\p{L}-]+['’]s)\\s+(?:[\\p{L}-]+\\s+){0,2}([\\p{L}-]+)\\s*,?\\s+(\\p{L}+)\\s*$`,
  'iu',
);

/** The letters ending the text, maybe before spaces: the participle THING_THEN_PARTICIPLE would end on. */
const LAST_WORD = /(\p{L}+)\s*$/u;

/** A lower-case article opening the quoted words: "“a sad day”", "“the end of an era”" (a noun phrase as predicate). */
const ARTICLE_FIRST = /^\s*(?:a|an|the)\s/u;

/**
 * The participle is the past tense of a verb of what a thing amounts to (cues.json to_view_verbs: "the closing
 * marked “a sad day”") and the quoted words open with a lower-case article: a predicate noun phrase, someone's
 * words about the thing, not a label written on it ("a crate marked “fragile”", "boxes stamped “void”").
 */
function verbOfWhatItAmountsTo(participle: string, text: string, span: MarkedSpan): boolean {
  const word = participle.toLowerCase();
  const lemmas = [word.replace(/ed$/, ''), word.replace(/d$/, '')];
  if (!lemmas.some((l) => cueLexicon().toViewVerbs.has(l))) return false;
  return ARTICLE_FIRST.test(text.slice(span.start, span.end));
}

/**
 * Words labelling a thing named right before them: "found a folder labeled “…”", "a crate, marked “…”",
 * "boxes stamped “…”". They are written on it; the thing is no speaker and no one is quoted. (Not after a
 * noun for people or a body, who may be the ones labelled by others or give the label themselves; and not after an
 * auxiliary or adverb, where the words before are a subject and its verb: "which the mayor has labeled “…”".)
 */
export function labelOnAThing(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  const before = text.slice(Math.max(paragraph.start, span.open - 60), span.open);
  // The participle is the last word: look it up before running the long, backtracking phrase pattern.
  const last = LAST_WORD.exec(before);
  if (!last || !cueLexicon().thingLabelParticiples.has(last[1]!.toLowerCase())) return false;
  const m = THING_THEN_PARTICIPLE.exec(before);
  if (!m || !cueLexicon().thingLabelParticiples.has(m[2]!.toLowerCase())) return false;
  const noun = m[1]!.toLowerCase();
  if (AUXILIARIES_AND_MID_ADVERBS.has(noun)) return false;
  if (verbOfWhatItAmountsTo(m[2]!, text, span)) return false;
  return !(isPersonNoun(noun) || isPluralPeopleNoun(noun) || ORGANIZATION_HEADS.has(noun) || ORGANIZATION_TAILS.has(noun));
}
