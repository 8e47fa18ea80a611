/** A capitalised word: "Integrity", "O'Neill", "Saint-Denis". */
const CAPITALISED_WORD = "\\p{Lu}[\\p{L}'’-]*";

/**
 * The regex source of a run of two or more capitalised words with small joining words allowed between them
 * ("England and Wales Cricket Board"), for a body's full name spelled before or beside its acronym. `gap` is the
 * space allowed between words (a regex source) and `joiners` the small words; the acronym passes differ in both.
 */
export function capitalisedRunSource(gap: string, joiners: readonly string[]): string {
  return `${CAPITALISED_WORD}(?:${gap}(?:(?:${joiners.join('|')})${gap})*${CAPITALISED_WORD})+`;
}
