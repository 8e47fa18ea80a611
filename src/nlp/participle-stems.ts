/**
 * The verbs an "-ing" word may be the participle of, to look up in a word list: the bare stem ("adding" → "add"),
 * the stem with its "e" back ("joking" → "joke") and the stem without a doubled last letter ("quipping" → "quip").
 * Only one of them is ever a real verb; the lists decide which.
 */
export function participleStems(word: string): string[] {
  const stem = word.slice(0, -3);
  return [stem, `${stem}e`, stem.slice(0, -1)];
}
