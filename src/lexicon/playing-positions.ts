import { wordSetFrom } from './data-file.js';
import type { Token } from '../types.js';
import { genderOfFirstName } from '../nlp/names.js';
import { ORGANIZATION_TAILS } from '../nlp/words.js';
import { isPlaceTail } from './place-words.js';

let positions: ReadonlySet<string> | undefined;

/** data/playing-positions.json: a team sport's position that is also an ordinary word ("center", "guard", "forward"). */
export function isPlayingPosition(word: string): boolean {
  positions ??= wordSetFrom('playing-positions.json', 'positions');
  return positions.has(word);
}

/**
 * Whether tokens[k] is a player's position before their full name ("Center Tyrell Haynes", "guard Jalen Moss"):
 * a position word, then a given name and a capitalised surname before `end`. A name alone after it is
 * no proof ("Guard Haynes" may be a surname's holder), so both words must be there.
 */
export function positionBeforeFullName(tokens: readonly Token[], k: number, end: number): boolean {
  const given = tokens[k + 1];
  const surname = tokens[k + 2];
  if (k + 3 > end || !isPlayingPosition(tokens[k]!.normal) || !given || !surname || !/^\p{Lu}/u.test(surname.text)) return false;
  if (genderOfFirstName(given.text) !== 'unknown') return true;
  // (A given name no list knows, "Center Tyrell Haynes": two plain capitalised words ending the run, neither a
  // body's or a place's word, "Center Court Partners", "Guard Hill Road".)
  const plain = (t: Token) => t.pos === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !ORGANIZATION_TAILS.has(t.normal) && !isPlaceTail(t.normal);
  return k + 3 === end && plain(given) && plain(surname);
}
