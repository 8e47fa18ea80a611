import type { Token } from '../types.js';
import { isGivenNameToken } from './names.js';
import { ORGANIZATION_TAILS } from './words.js';
import { isPlaceTail, isSurnameTail } from '../lexicon/place-words.js';
import { isNameOfHead } from '../lexicon/organisations.js';

const isCap = (t: Token) => /^\p{Lu}/u.test(t.text);

/**
 * Where a person's name starts right after the name of a body, written with no comma, in a capitalised run
 * tokens[s, end) that follows an office's "of"/"for" ("Head of the Martin Luther King Center Dana Cole",
 * "Director of the Harbor Arts Foundation Ana Ruiz"): after the body's last word ("Center", "Foundation"), when a
 * known given name and one or two more capitalised words follow it. The words before the cut are the body's, no
 * title ("King") and no person ("Martin Luther King"). -1 when the run shows no such cut; the caller checks the office.
 */
export function nameAfterBodyTail(tokens: Token[], s: number, end: number): number {
  for (let k = end - 3; k >= s; k--) {
    const t = tokens[k]!;
    // ("Society" ends a body's name as "Foundation" does: "the Red Cross Society".)
    if (!isCap(t) || !(ORGANIZATION_TAILS.has(t.normal) || isNameOfHead(t.normal))) continue;
    const n = end - (k + 1);
    // A head word right after "the" opens the body's name instead: "the Museum Victoria Park …", "the Institute
    // Santa Monica Elena Ward" ("the Foundation Ana Ruiz", with no place between, reads on as a tail).
    if (tokens[k - 1]?.normal === 'the') {
      const cut = nameAfterHeadFirstBody(tokens, k, end);
      if (cut >= 0 || !ORGANIZATION_TAILS.has(t.normal)) return cut;
    }
    if (n < 2 || n > 3 || !isGivenNameToken(tokens[k + 1]!) || !tokens.slice(k + 1, end).every(isCap)) return -1;
    // "Head of the Science Institute Jordan Valley campus": a place's last word ("Valley", not a surname's "Wood")
    // or a common noun after the run ("campus", "office") names a site of the body, no person; so does a body's
    // tail ending the run ("the Royal Society Kate Ross Trust").
    if (placeTailNoSurname(tokens[end - 1]!.normal) || isLowerNoun(tokens[end]) || ORGANIZATION_TAILS.has(tokens[end - 1]!.normal)) return -1;
    return k + 1;
  }
  return -1;
}

/**
 * "Director of the Museum Victoria Park Ines Calder": a body named head word first ("Museum", "Institute") and a
 * place after it; the person is the known given name and one or two capitalised words ending the run, with at least
 * one word of the body's place between ("Museum Victoria Park" alone names no person "Victoria Park").
 */
function nameAfterHeadFirstBody(tokens: Token[], s: number, end: number): number {
  if (!tokens.slice(s, end).every(isCap)) return -1;
  for (const g of [end - 2, end - 3]) {
    if (g >= s + 2 && isGivenNameToken(tokens[g]!) && !placeTailNoSurname(tokens[end - 1]!.normal) && !isLowerNoun(tokens[end])) return g;
  }
  return -1;
}

/** A place name's last word that is no common surname too: "Valley", "Heights", "Bay" (not "Wood", "Park"). */
function placeTailNoSurname(word: string): boolean {
  return isPlaceTail(word) && !isSurnameTail(word);
}

const isLowerNoun = (t: Token | undefined) => !!t && t.pos === 'NOUN' && /^\p{Ll}/u.test(t.text);

/**
 * The run tokens[s, end) after an office's "of the" names only a body, no person after it: it ends in a body's tail
 * ("the Royal Society Kate Ross Trust"), or a place follows the body's word with no given name and surname after
 * the place ("the Law Society Victoria Park", "the Wildlife Society Grace Bay", "the Museum Victoria Park Grace").
 */
export function runEndsInBody(tokens: Token[], s: number, end: number): boolean {
  if (end - s < 2 || !tokens.slice(s, end).every(isCap)) return false;
  if (ORGANIZATION_TAILS.has(tokens[end - 1]!.normal)) return true;
  const body = tokens.slice(s, end - 1).findIndex((t) => ORGANIZATION_TAILS.has(t.normal) || isNameOfHead(t.normal));
  if (body < 0) return false;
  for (let p = end - 1; p > s + body + 1; p--) {
    // ("… Victoria Park Ines Calder": a given name and a surname after the place are a person; one word is not.)
    if (isPlaceTail(tokens[p]!.normal)) return end - p - 1 <= 1;
  }
  return false;
}
