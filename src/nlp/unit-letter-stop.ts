/**
 * "… could reach 42C. Officials agreed.": wink splits "42C." into the number and "C.", which it reads as a
 * name's initial and so joins the two sentences ("C. Officials", "C. Aemet said"). A letter glued to a number
 * is a unit or a grade ("42C", "46F", "5K", "10m", "3D"), never an initial: before a capitalised word or a
 * quotation mark (or at a line break or the text's end), its full stop ends the sentence.
 */
export function unitLetterBeforeGluedStop(value: string, before: string | undefined, spacesBefore: string | undefined, after: string | undefined): { pos: string; lemma: string } | undefined {
  if (!/^\p{L}\.$/u.test(value) || spacesBefore !== '' || !before || !/\d$/.test(before)) return undefined;
  return after === undefined || /^[\p{Lu}"“‘'\n\r]/u.test(after) ? { pos: 'NOUN', lemma: value.slice(0, -1).toLowerCase() } : undefined;
}
