import type { Token } from '../types.js';
import { kindOfOutletWord } from '../lexicon/outlets.js';
import { lastOutletBefore, outletsNamedBefore } from './earlier-outlets.js';
import { sourceText } from './speaker.js';

/** How far back, in tokens, "the network, Channel 9," is looked for: a few paragraphs, as lastOutletBefore reads. */
const APPOSITION_REACH = 300;

/**
 * "The network, Channel 9, carried the count": a capitalised name between commas right after "the" and a kind of
 * outlet (data/outlets.json nounKinds) is an outlet of that kind, known to the gazetteer or not. The last such
 * name of `kind` before token i, with the token it starts at.
 */
function apposedOutletBefore(tokens: Token[], i: number, kind: string): { name: string; start: number } | null {
  for (let k = i - 1; k > 0 && k > i - APPOSITION_REACH; k--) {
    if (tokens[k]!.text !== ',' || kindOfOutletWord(tokens[k - 1]!.text) !== kind || !/^the$/i.test(tokens[k - 2]?.text ?? '')) continue;
    let e = k + 1;
    while (e < i && e < k + 6 && /^[\p{Lu}\d]/u.test(tokens[e]!.text)) e++;
    if (e > k + 1 && e < i && tokens[e]!.text === ',') return { name: sourceText(tokens, k + 1, e), start: k + 1 };
  }
  return null;
}

/**
 * The outlet of `kind` named last before token i, as lastOutletBefore reads it, or one introduced by apposition to
 * its kind ("the network, Channel 9,") when that comes after every outlet the gazetteer knows.
 */
export function lastOutletOfKindBefore(tokens: Token[], i: number, kind: string): string | null {
  const apposed = apposedOutletBefore(tokens, i, kind);
  const known = outletsNamedBefore(tokens, i)[0];
  if (apposed && (!known || apposed.start > known.start)) return apposed.name;
  return lastOutletBefore(tokens, i, kind);
}

/** What the words went out on when said "on the network's election-night coverage". */
const BROADCAST_PARTS = new Set(['coverage', 'broadcast', 'broadcasts', 'programme', 'program', 'show', 'bulletin', 'newscast', 'podcast', 'interview', 'website', 'site']);

/**
 * "said on the network's election-night coverage", "on the paper's podcast": a kind of outlet's possessive, a few
 * small-letter words, and a broadcast part; the outlet of that kind named last before token i (the lead "on").
 * `s` is the word after "the". (A capitalised title after the possessive is a programme: see programmeOfBroadcasterNoun.)
 */
export function outletPartByKind(tokens: Token[], s: number, i: number): string | null {
  const kind = kindOfOutletWord(tokens[s]?.normal ?? '');
  if (!kind || !/^['’]s$/.test(tokens[s + 1]?.text ?? '')) return null;
  for (let k = s + 2; k < s + 7 && k < tokens.length; k++) {
    const word = tokens[k]!;
    if (BROADCAST_PARTS.has(word.normal) && /^\p{Ll}/u.test(word.text)) return lastOutletOfKindBefore(tokens, i, kind);
    if (!/^[\p{Ll}-]/u.test(word.text)) return null;
  }
  return null;
}
