// A quoted title whose takings the sentence tells right after it: a film, whatever else is said.
import { boxOfficePredicate } from '../lexicon/box-office-phrases.js';

/**
 * Right after a closing mark (`after`), maybe past an apposition between commas ("“…,” an animated adventure,
 * set records"), a box-office predicate: "“Cloud Harbor,” opened to $41 million", "“…” grossed $12 million".
 */
export function boxOfficeAfterTitle(text: string, after: number): boolean {
  const m = /^[”"’']?\s*,?\s*(?:(?:a|an|the|its|his|her|their)\s+[^,.;:!?“”"]{1,60},\s*)?/u.exec(text.slice(after, after + 160))!;
  const rest = text.slice(after + m[0].length, after + 160);
  return boxOfficePredicate().test(rest);
}
