// A cheap test run before the regexes that end in a word and white space: most text before a name ends in none
// of their words, so the regex need not be tried. Shared by the people stage and the work-title readers.

/**
 * Whether `before` ends with one of `words` and white space, or (with `the`) with one of them, white space,
 * "the" and white space: what the regexes ending in "(?:…)\s+(?:the\s+)?$" need, tested first because
 * most text before a name ends otherwise.
 */
export function endsWithWord(before: string, words: readonly string[], the: boolean): boolean {
  let trimmed = before.trimEnd();
  if (trimmed.length === before.length) return false;
  if (endsWithOneOf(trimmed, words)) return true;
  if (!the || !trimmed.endsWith('the')) return false;
  const beforeThe = trimmed.slice(0, -3);
  trimmed = beforeThe.trimEnd();
  return trimmed.length < beforeThe.length && endsWithOneOf(trimmed, words);
}

/** A long list of words by their last character, built once per list. */
const WORDS_BY_LAST = new WeakMap<readonly string[], Map<number, string[]>>();

/**
 * words.some((w) => s.endsWith(w)) for words that are not empty. A long list (the works before each run's
 * title, fifty words) is looked up by the last character of `s` first: most text ends in none of theirs.
 */
function endsWithOneOf(s: string, words: readonly string[]): boolean {
  if (words.length < 8) return words.some((w) => s.endsWith(w));
  let byLast = WORDS_BY_LAST.get(words);
  if (!byLast) {
    byLast = new Map();
    for (const w of words) {
      const last = w.charCodeAt(w.length - 1);
      byLast.set(last, [...(byLast.get(last) ?? []), w]);
    }
    WORDS_BY_LAST.set(words, byLast);
  }
  return byLast.get(s.charCodeAt(s.length - 1))?.some((w) => s.endsWith(w)) ?? false;
}
