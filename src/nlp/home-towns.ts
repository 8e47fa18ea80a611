import type { Token } from '../types.js';
import { startsWithCapital } from '../text/boundaries.js';

// A person's home town after their name, maybe after an age set off by commas: "Ana Ruiz of Tarwick",
// "Tara Bell, 22, from Memphis", "Dana Reyes, 29, of Elton, Md.". The quote stage steps over it to the
// name a cue's apposition belongs to; entity extraction keeps the town from being a second person.

/** The words that open a home town after a name and age: "of", "from". */
const HOME_TOWN_WORDS: ReadonlySet<string> = new Set(['of', 'from']);

/** Whether tokens[k] opens a home town after a name (see HOME_TOWN_WORDS). */
export function isHomeTownWord(tokens: readonly Token[], k: number): boolean {
  return HOME_TOWN_WORDS.has(tokens[k]?.normal ?? '');
}

/** From the comma `c` after an age ("Bell, 22,"), the comma after the name; `c` when no age is there. */
export function beforeAge(tokens: readonly Token[], c: number): number {
  return tokens[c - 1]?.pos === 'NUM' && tokens[c - 2]?.text === ',' ? c - 2 : c;
}

/** Whether tokens[s] is a home town right after an age set off by commas: "Deja Moss, 19, of Memphis". */
export function homeTownAfterAge(tokens: readonly Token[], s: number): boolean {
  return isHomeTownWord(tokens, s - 1) && tokens[s - 2]?.text === ',' && beforeAge(tokens, s - 2) !== s - 2;
}

/**
 * "Dana Reyes, 29, of Elton, Md., said": from the comma `j` before the state, step back over the home
 * town ("of Elton") and an age to the comma after the name. `j` when no home town comes before it.
 */
export function beforeHomeTown(tokens: readonly Token[], j: number, lo: number): number {
  // "Tara Bell, 22, of Memphis, said": `j` opens the home town itself (no state after it).
  if (isHomeTownWord(tokens, j + 1) && tokens[j + 2] && startsWithCapital(tokens[j + 2]!.text)) return beforeAge(tokens, j);
  let c = j - 1;
  while (c > lo && c > j - 5 && tokens[c]!.text !== ',') c--;
  if (c <= lo || tokens[c]!.text !== ',' || !isHomeTownWord(tokens, c + 1)) return j;
  return beforeAge(tokens, c);
}
