import type { Token } from '../types.js';
import { startsWithCapital } from '../text/boundaries.js';
import { isRoleWord, ORGANIZATION_TAILS } from '../nlp/words.js';
import { isGivenNameToken } from '../nlp/names.js';
import { isKnownOrganisation, isNameTail } from '../lexicon/organisations.js';
import { recogniseOutlet } from '../lexicon/outlets.js';
import { sourceText } from './speaker-phrase.js';
import { inModelLexicon } from '../nlp/analyze.js';

/**
 * "Northwind Airways and Skylark Airlines said they would merge": two bodies' names joined by "and" as one subject
 * speak together, the mention covering both; read as the last one alone, the first body is lost. Each name is
 * two to four capitalised words ending in a body's tail word ("Airways", "Group", "Metro"), so two people ("Smith
 * and Jones") and a department with a company ("the Department of Energy and Exxon") keep their own readings; so
 * does a pair with an outlet in it ("the Washington Post and ABC News", whose outlet is kept).
 */

/** The most words one body's name in such a subject runs to. */
const MAX_WORDS = 4;

const nameWord = (t: Token | undefined) => !!t && startsWithCapital(t.text) && /^\p{L}/u.test(t.text) && !isRoleWord(t.normal) && !isGivenNameToken(t);
const bodyTail = (t: Token) => ORGANIZATION_TAILS.has(t.normal) || isNameTail(t.normal);

/** tokens[s, e) is one body's name of the shape above. */
function bodyName(tokens: Token[], s: number, e: number): boolean {
  if (e - s < 2 || e - s > MAX_WORDS) return false;
  for (let k = s; k < e; k++) if (!nameWord(tokens[k])) return false;
  return bodyTail(tokens[e - 1]!) && !recogniseOutlet(sourceText(tokens, s, e));
}

/** tokens[s, e) is one to four name words, no outlet's: a name of any shape ("FreshWay", "Harvest Table"). */
function plainName(tokens: Token[], s: number, e: number): boolean {
  if (e - s < 1 || e - s > MAX_WORDS) return false;
  for (let k = s; k < e; k++) if (!nameWord(tokens[k])) return false;
  return !recogniseOutlet(sourceText(tokens, s, e));
}

/**
 * "Apple and Harvest Table said", "FreshWay Foods and Harvest Table said": names of any shape are bodies speaking
 * together when either is a known body or ends in a body's tail word (a company is seldom paired with one person as
 * a subject). Not on "they" alone: "Hartley and Moss said they would appeal" is two people. tokens[a, k) and
 * tokens[k + 1, b) are the names.
 */
function plainBodiesPair(tokens: Token[], a: number, k: number, b: number): boolean {
  if (!plainName(tokens, a, k) || !plainName(tokens, k + 1, b)) return false;
  // (The other name, of two words or more, must open with an ordinary word, "Harvest Table": one opening with a word
  // no dictionary has may be a person's given name missing from the list, "Orland Group and Ivo Marsh".)
  const bodyLike = (s: number, e: number) => e - s === 1 || inModelLexicon(tokens[s]!.text);
  if ((bodyName(tokens, a, k) && bodyLike(k + 1, b)) || (bodyName(tokens, k + 1, b) && bodyLike(a, k))) return true;
  return isKnownOrganisation(sourceText(tokens, a, k)) || isKnownOrganisation(sourceText(tokens, k + 1, b));
}

/** tokens[k] is the "and" joining two bodies' names, the second ending at tokens[end] (included). */
export function andJoiningBodies(tokens: Token[], k: number, end: number): boolean {
  if (tokens[k]?.normal !== 'and') return false;
  const secondIsBody = bodyName(tokens, k + 1, end + 1);
  for (let s = k - 2; secondIsBody && s >= 0 && s >= k - MAX_WORDS; s--) if (bodyName(tokens, s, k) && !nameWord(tokens[s - 1])) return true;
  // The pair opens its phrase: not the tail of "the Department of Transportation and Boeing" or of a list "X, Exxon and Chevron".
  for (let s = k - 1; s >= 0 && s >= k - MAX_WORDS; s--) if (!/^[\p{L}\p{N},]/u.test(tokens[s - 1]?.text ?? '.') && plainBodiesPair(tokens, s, k, end + 1)) return true;
  return false;
}

/** Where the two joined bodies' names tokens[s, e) start (after a leading "the"), or -1 when the span is no such pair. */
export function jointBodiesStart(tokens: Token[], s: number, e: number): number {
  const from = tokens[s]?.normal === 'the' ? s + 1 : s;
  for (let k = from + 2; k <= from + MAX_WORDS && k < e - 2; k++) {
    if (tokens[k]!.normal === 'and' && bodyName(tokens, from, k) && bodyName(tokens, k + 1, e)) return from;
  }
  if (from !== s || /^[\p{L}\p{N},]/u.test(tokens[s - 1]?.text ?? '.')) return -1;
  for (let k = from + 1; k <= from + MAX_WORDS && k < e - 1; k++) if (tokens[k]!.normal === 'and' && plainBodiesPair(tokens, from, k, e)) return from;
  return -1;
}
