import { wordSetFrom } from './data-file.js';
import { genderOfFirstName } from '../nlp/names.js';

let nicknames: Set<string> | undefined;

function load(): Set<string> {
  nicknames ??= wordSetFrom('team-nicknames.json', 'nicknames');
  return nicknames;
}

/** How many of the last words of `words` are a major-league team's nickname ("Blazers" of "Trail Blazers" is not one alone): 0, 1 or 2. */
export function teamNicknameTail(words: readonly string[]): number {
  const set = load();
  if (words.length >= 2 && set.has(`${words[words.length - 2]} ${words[words.length - 1]}`)) return 2;
  return words.length >= 1 && set.has(words[words.length - 1]!) ? 1 : 0;
}

/**
 * Whether a name is a major-league team by its nickname: a place before the nickname ("Sacramento Kings", "Golden
 * State Warriors"; its first word no given name, since "Ana Kings" is a person), or the nickname alone when
 * `afterThe` ("the Trail Blazers"; a surname takes no article).
 */
export function namesLeagueTeam(words: readonly string[], afterThe: boolean): boolean {
  const tail = teamNicknameTail(words);
  if (!tail) return false;
  if (words.length === tail) return afterThe;
  return words.slice(0, words.length - tail).every((w) => /^\p{Lu}/u.test(w)) && genderOfFirstName(words[0]!) === 'unknown';
}
