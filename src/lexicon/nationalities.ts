import { cueLexicon } from './cues.js';

/**
 * How many of the last words (as written) are a noun for one of a nation (cues.json nationality_nouns): 1 for
 * "the Spaniard", 2 for "the 23-year-old New Zealander", 0 for none. One reading for the quote stage's phrases
 * and its descriptions alike.
 */
export function nationalityNounWords(words: readonly string[]): number {
  const nouns = cueLexicon().nationalityNouns;
  const n = words.length;
  if (n >= 1 && nouns.has(words[n - 1]!)) return 1;
  if (n >= 2 && nouns.has(`${words[n - 2]} ${words[n - 1]}`)) return 2;
  return 0;
}

/**
 * Whether the words (as written) are a nationality adjective or noun ("Russian", "South African", "Spaniard":
 * cues.json outlet_kind_nationalities and nationality_nouns). Such a word describes someone, it names no one:
 * "plays a Russian grandmaster".
 */
export function isNationalityWord(words: string): boolean {
  const lex = cueLexicon();
  return lex.outletKindNationalities.has(words) || lex.nationalityNouns.has(words);
}
