/**
 * How news English describes a person right after their name, set off by a comma: an age (", 34,") or a
 * description (", a nurse", ", an aide", ", who runs a stall"). A name so described is a person's, not a place's
 * or a body's ("Boston, 34, said" against "Boston said"). Read by the people list and by a quote speaker's kind.
 */

// An age set off by commas right after a name: "their children, Milo, 9, and Ada, 6". (Not a date: "born Oct, 3, 2011".)
// It may close the sentence instead: "“…,” said Boston, 29." (not a decimal: ", 3.5").
const AGE_AFTER = /^,\s*\d{1,3}(?:,(?!\s*\d{4})|[.;](?!\d))/;

// A description of a person set off after a name: ", a nurse", ", an aide", ", who runs a stall".
const PERSON_APPOSITION_AFTER = /^,\s+(?:a|an|who)\s/;

/** Whether `after` (the text right after a name) opens with an age set off by commas: ", 9,". */
export function ageAfter(after: string): boolean {
  return AGE_AFTER.test(after);
}

/** Whether `after` (the text right after a name) opens with an age or a person's description: ", 34,", ", a nurse". */
export function personDescribedAfter(after: string): boolean {
  return AGE_AFTER.test(after) || PERSON_APPOSITION_AFTER.test(after);
}
