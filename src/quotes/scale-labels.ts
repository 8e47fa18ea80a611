import type { Paragraph } from '../types.js';
import type { MarkedSpan } from '../text/quotation-marks.js';
import { ratingGrades } from '../lexicon/rating-grades.js';

/** A rating right before the comma: "level 4 of 5", "3 out of 5", "category 2", "stage 3". */
const RATING_BEFORE = /(?:\b\d+\s+(?:of|out of)\s+\d+|\b(?:level|category|grade|stage|tier)\s+\d+)\s*,\s*$/i;

/** One or two words in small letters, no article: the name of a step on a scale ("high", "very high"). */
const STEP_NAME = /^(?!(?:a|an|the)\b)[a-z]+(?:[ -][a-z]+)?[,.]?$/;

/**
 * The quotation names the step of a rating right before it, set off by a comma: "rated the danger at
 * level 4 of 5, “high,” since Thursday". A scale's official term is quoted as a name, not as words anyone
 * said. (An article makes it a phrase someone may have said: "category 4, “a monster,” she said".)
 */
export function ratingStepName(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  if (!STEP_NAME.test(text.slice(span.start, span.end).trim())) return false;
  return RATING_BEFORE.test(text.slice(Math.max(paragraph.start, span.open - 40), span.open));
}

/** A verb of rating in the sentence before the quotation: "rated the film", "graded its schools". */
const RATING_VERB = /\b(?:rate[sd]?|rating|grade[sd]?|grading|score[sd]?|scoring|rank(?:s|ed|ing)?)\b/i;

/**
 * The quotation is one step of a rating form's scale after "rated"/"graded"/"scored" in its sentence: "most
 * viewers rated the film “fair” or “poor.”" A box ticked on a form, not words said. Only the listed grades
 * (data/rating-grades.json), so a fact-checker's “pants on fire” and "scored “well below expectations”" stay.
 */
export function ratingGradeLabel(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  const quoted = text.slice(span.start, span.end).trim().toLowerCase().replace(/[,.;:!?]+$/, '');
  if (!ratingGrades().has(quoted)) return false;
  const before = text.slice(Math.max(paragraph.start, span.open - 120), span.open);
  // (Only the quotation's own sentence: the text after the last full stop before it.)
  const sentence = before.slice(before.search(/[^.!?]*$/));
  return RATING_VERB.test(sentence);
}
