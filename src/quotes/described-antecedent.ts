import type { Attribution } from './attribution.js';
import { FEMALE_ROLE, MALE_ROLE } from './antecedents.js';
import { PRONOUN_GENDER } from '../nlp/words.js';

/**
 * "Her spokesman told the Mirror she was fine. She would be back on Wednesday, he added.": a he/she
 * speaking right after a description whose role word carries that gender ("spokesman", "actress") is
 * that description, not the last named person of the gender. Only the latest speaker before the pronoun,
 * in its paragraph or the one before, and only a description that names no one (a named person is
 * resolved by the name rules). `paragraphOf` maps an offset to its paragraph.
 */
export function describedAntecedent(pronoun: string, at: number, history: Attribution[], paragraphOf: (offset: number) => number): Attribution | null {
  const want = PRONOUN_GENDER.get(pronoun);
  if (want !== 'male' && want !== 'female') return null;
  const last = latestBefore(history, at);
  if (!last || last.person || last.pronoun || last.frame.speaker.kind !== 'anonymous') return null;
  if (paragraphOf(last.at) < paragraphOf(at) - 1) return null;
  return gendered(last.frame.speaker.text) === want ? last : null;
}

/** The latest attribution placed before `at` (history is in document order). */
function latestBefore(history: Attribution[], at: number): Attribution | null {
  for (let i = history.length - 1; i >= 0; i--) if (history[i]!.at < at) return history[i]!;
  return null;
}

/** The gender a description's role word carries: "her spokesman" male, "the actress" female; null for "a spokesperson". */
function gendered(description: string): 'male' | 'female' | null {
  const female = FEMALE_ROLE.test(description);
  const male = MALE_ROLE.test(description);
  return female === male ? null : female ? 'female' : 'male';
}
