/**
 * text.replace(/[’']s$/, ''): a possessive ending dropped ("Deadline's" → "Deadline"), tested by its last
 * characters because the entity stage asks it of every capitalised run.
 */
export function withoutPossessive(text: string): string {
  const n = text.length;
  if (n < 2 || text.charCodeAt(n - 1) !== 115) return text; // "s"
  const apostrophe = text.charCodeAt(n - 2);
  return apostrophe === 39 || apostrophe === 0x2019 ? text.slice(0, -2) : text;
}
