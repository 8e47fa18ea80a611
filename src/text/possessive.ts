/**
 * text.replace(/[’']s$/, ''): a possessive ending dropped ("Deadline's" → "Deadline"), tested by its last
 * characters because the entity stage asks it of every capitalised run.
 */
export function withoutPossessive(text: string): string {
  return text.endsWith("'s") || text.endsWith('’s') ? text.slice(0, -2) : text;
}
