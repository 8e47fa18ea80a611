import { SUBJECT_OF_POSSESSIVE } from '../nlp/words.js';

/** Most small-letter words a description may run to between the possessive and the name: "her former camp counselor". */
const MAX_DESCRIPTION_WORDS = 4;

/** A possessive and a description in small letters, then a comma, all of `before`: "Her former camp counselor, ". */
const OWNER_DESCRIPTION = new RegExp(`^\\s*(\\p{L}+)((?:[ \\t]+[\\p{Ll}-]+){1,${MAX_DESCRIPTION_WORDS}}),[ \\t]*$`, 'u');

/**
 * "Her counselor, Abby Carter, pushed her through a window, she said.": a subject named as the relation of a
 * "his"/"her" that the speaking pronoun matches is someone that pronoun's owner spoke about — the counselor is
 * hers, so she is not the counselor. `before` is the sentence's text before the subject's name, `pronoun` the
 * speaker's ("she"). (A subject named plainly, "Ana Ruiz, 42, moved here in 2009, she said", is no such one.)
 */
export function subjectDescribedAsPronounsOwn(before: string, pronoun: string): boolean {
  const m = OWNER_DESCRIPTION.exec(before);
  return !!m && SUBJECT_OF_POSSESSIVE.get(m[1]!.toLowerCase()) === pronoun;
}
