// A quoted title whose takings the sentence tells right after it: a film, whatever else is said.
import { boxOfficePredicate } from '../lexicon/box-office-phrases.js';
import { isCueVerbForm } from '../lexicon/cues.js';

const DETERMINER = /^(?:a|an|the|its|his|her|their)$/i;

/**
 * The words between the commas hold a speech verb after a noun, not after a determiner: "the coach said",
 * "the studio's chief told reporters" attach a cue to the quotation, so it is speech ("a report" is no cue).
 */
function cueInApposition(apposition: string): boolean {
  const words = apposition.replace(/,\s*$/, '').trim().split(/\s+/);
  return words.some((w, i) => i > 0 && !DETERMINER.test(words[i - 1]!) && isCueVerbForm(w.replace(/[^\p{L}'’-]/gu, '')));
}

/**
 * Right after a closing mark (`after`), maybe past an apposition between commas ("“…,” an animated adventure,
 * set records"), a box-office predicate: "“Cloud Harbor,” opened to $41 million", "“…” grossed $12 million".
 */
export function boxOfficeAfterTitle(text: string, after: number): boolean {
  const m = /^[”"’']?\s*,?\s*((?:a|an|the|its|his|her|their)\s+[^,.;:!?“”"]{1,60},\s*)?/u.exec(text.slice(after, after + 160))!;
  if (m[1] && cueInApposition(m[1])) return false;
  const rest = text.slice(after + m[0].length, after + 160);
  return boxOfficePredicate().test(rest);
}
