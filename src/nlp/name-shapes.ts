/**
 * Names told by how they are written rather than by their tags: the tagger reads the parts of "Park Soon-ja" as
 * adverbs or nouns and the "!" of "E! News" as punctuation, so a run of name tokens would break inside them.
 */
import type { Token } from '../types.js';
import { startsWithCapital } from '../text/boundaries.js';

/** tokens[k] is a hyphen with no space on either side: the "-" of "Holtz-Eakin" or "Min-jun". */
export function hyphenInWord(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && t.text === '-' && k > 0 && tokens[k - 1]!.end === t.start && tokens[k + 1]?.start === t.end;
}

/**
 * tokens[k] is the first part of a hyphenated given name whose second part is in small letters, written after a
 * capitalised family name: "Soon" of "Park Soon-ja", "Min" of "Kim Min-jun" (Korean and other East Asian names).
 * The tagger reads such parts as adverbs or nouns, so the name is told by its shape.
 */
export function hyphenatedGivenNameAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const rest = tokens[k + 2];
  return !!t && !!rest && k > 0 && /^\p{Lu}\p{Ll}+$/u.test(t.text) && hyphenInWord(tokens, k + 1) && /^\p{Ll}+$/u.test(rest.text)
    && /^\p{Lu}\p{Ll}+$/u.test(tokens[k - 1]!.text) && tokens[k - 1]!.end < t.start;
}

/**
 * tokens[k] is a "!" inside a name between tokens lo and hi (exclusive): glued to the capitalised word before it and
 * followed by another capitalised word, "E! News", "Yahoo! Finance".
 */
export function bangInName(tokens: Token[], k: number, lo: number, hi: number): boolean {
  return k > lo && tokens[k]!.text === '!' && startsWithCapital(tokens[k - 1]!.text) && tokens[k - 1]!.end === tokens[k]!.start
    && k + 1 < hi && startsWithCapital(tokens[k + 1]!.text);
}
