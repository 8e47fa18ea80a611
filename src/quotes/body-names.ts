import type { Token } from '../types.js';
import { startsWithCapital } from '../text/boundaries.js';
import { isKnownOrganisation, isMembersHead, isMembersTail, isNameOfHead } from '../lexicon/organisations.js';
import { lookupOutlet, outletKind } from '../lexicon/outlets.js';
import { isGivenNameToken } from '../nlp/names.js';
import { isQuoteMarkText, isRoleWord } from '../nlp/words.js';

/**
 * A public body's name of several parts: "the Department of Water and Power", "the Centers for Disease
 * Control and Prevention", "the Bureau of Alcohol, Tobacco, Firearms and Explosives". Its "and" and commas
 * would otherwise cut it into two subjects ("Power said") or stop a phrase after a cue at "of".
 */

/** The most words one part of such a name runs to ("Disease Control", "Fire Protection"). */
const MAX_PART_WORDS = 4;
/** The most parts a list in such a name runs to ("Alcohol, Tobacco, Firearms and Explosives"). */
const MAX_PARTS = 6;

/**
 * A word of one part: capitalised, not a quotation mark, no role ("Human Services Secretary Ana Ruiz":
 * the secretary is a person's title) and no given name ("the Department of Health and Ana Ruiz" are two).
 */
function partWord(t: Token | undefined): boolean {
  return !!t && startsWithCapital(t.text) && /^\p{L}/u.test(t.text) && !isQuoteMarkText(t.text) && !isRoleWord(t.normal) && !isGivenNameToken(t);
}

/** End (exclusive) of the part starting at tokens[k], or k when none starts there. */
function partEnd(tokens: Token[], k: number, hi: number): number {
  let e = k;
  while (e < hi && e < k + MAX_PART_WORDS && partWord(tokens[e])) e++;
  return e;
}

/**
 * The part tokens[k, e) after a joiner names a second body, not a field of this one's name: a listed company
 * or institution ("the Department of Transportation and Boeing"), an acronym ("… and FEMA"; unless the head
 * is in capitals too, a headline's), a news agency ("… and Reuters") or an outlet of several words. (A
 * one-word outlet may be a field: "Science", "Post" are departments' too.)
 */
function namesOtherBody(tokens: Token[], head: Token, k: number, e: number): boolean {
  const text = tokens.slice(k, e).map((t) => t.text).join(' ');
  const first = tokens[k]!.text;
  if (isKnownOrganisation(text) || isKnownOrganisation(first)) return true;
  if (/^\p{Lu}{2,}$/u.test(first) && !/^\p{Lu}+$/u.test(head.text)) return true;
  const outlet = lookupOutlet(text);
  return !!outlet && (e - k > 1 || outletKind(outlet) === 'agency');
}

/**
 * With a body's head at tokens[h] ("Department", "Centers"; data/organisations.json name_of_heads), the end
 * (exclusive) of its whole name when "of"/"for" and parts joined by "and" or "&" (a list before them by
 * commas) follow; -1 when no such joined name follows (a plain "Department of Health" is read as before). When
 * the part after a joiner names a second body ("… and Boeing"), the first body's name ends before that joiner.
 */
export function bodyNameEnd(tokens: Token[], h: number, hi: number): number {
  const head = tokens[h];
  if (!head || !startsWithCapital(head.text) || !/^(of|for)$/.test(tokens[h + 1]?.normal ?? '')) return -1;
  // ("the Alliance of Stage and Screen Workers": a members' body is one name only when it ends on its members.)
  const membersOnly = !isNameOfHead(head.normal);
  if (membersOnly && !isMembersHead(head.normal)) return -1;
  let k = h + 2;
  if (tokens[k]?.normal === 'the') k++;
  let end = partEnd(tokens, k, hi);
  if (end === k) return -1;
  if (!membersOnly) {
    const chained = chainedOfEnd(tokens, head, end, hi);
    if (chained > end) return chained;
  }
  for (let parts = 1; parts < MAX_PARTS; parts++) {
    const joiner = tokens[end]?.normal ?? '';
    // ("Alcohol, Tobacco, Firearms and Explosives"; a serial comma before the "and" too.)
    const andAt = joiner === ',' && /^(and|&)$/.test(tokens[end + 1]?.normal ?? '') ? end + 1 : end;
    if (/^(and|&)$/.test(tokens[andAt]?.normal ?? '')) {
      const last = partEnd(tokens, andAt + 1, hi);
      // ("the University of Texas and Baylor University": a part with a head of its own is a second body;
      // "Health and Human Services" is one.)
      const ownHead = last > andAt + 2 && isNameOfHead(tokens[last - 1]!.normal) && !/^services?$/.test(tokens[last - 1]!.normal);
      // ("according to the Department of Energy and Exxon": two bodies, the name ends before the joiner.)
      if (last > andAt + 1 && namesOtherBody(tokens, head, andAt + 1, last)) return end;
      if (membersOnly && !(last > andAt + 1 && isMembersTail(tokens[last - 1]!.normal))) return -1;
      return last > andAt + 1 && !ownHead ? last : -1;
    }
    if (joiner !== ',' || membersOnly) return -1;
    const next = partEnd(tokens, end + 1, hi);
    // (Only single words in a list: "Health, Ana Ruiz and …" is an apposition, not a list.)
    if (next === end + 2 && namesOtherBody(tokens, head, end + 1, next)) return end;
    if (next !== end + 2) return -1;
    end = next;
  }
  return -1;
}

/**
 * "the Board of Control for Cricket in India", "the Council for Science of Norway": after a public body's head,
 * "of"/"for" and a first part, a second "of"/"for" part makes the run one body's name, and "in"/"of" and a
 * capitalised place after it are still the name (a field, then where the body is). The end (exclusive) of the
 * name from the first part's end `end`, or `end` when no second "of"/"for" part follows (the name is read as before).
 */
function chainedOfEnd(tokens: Token[], head: Token, end: number, hi: number): number {
  if (!/^(of|for)$/.test(tokens[end]?.normal ?? '')) return end;
  const second = partEnd(tokens, end + 1, hi);
  if (second === end + 1 || namesOtherBody(tokens, head, end + 1, second)) return end;
  if (!/^(in|of)$/.test(tokens[second]?.normal ?? '')) return second;
  const place = partEnd(tokens, second + 1, hi);
  return place > second + 1 ? place : second;
}

/** tokens[k] (a joiner: "and", "&", a comma) lies inside a body's joined name that runs to `end` at least, its head at or after lo. */
export function insideBodyName(tokens: Token[], k: number, lo: number, end: number): boolean {
  if (!/^(and|&|,)$/.test(tokens[k]!.normal)) return false;
  // ("the Food and Drug Administration said": the head comes last, the phrase ends on it.)
  for (let from = k - 1; from >= lo && from >= k - MAX_PARTS * (MAX_PART_WORDS + 1); from--) {
    if (headLastJoinedName(tokens, from, end)) return true;
  }
  for (let h = k - 2; h >= lo && h >= k - 2 * MAX_PARTS - MAX_PART_WORDS; h--) {
    if (!(isNameOfHead(tokens[h]!.normal) || isMembersHead(tokens[h]!.normal))) continue;
    const e = bodyNameEnd(tokens, h, tokens.length);
    if (e > k && e >= end) return true;
  }
  return false;
}

/**
 * tokens[from, e) is a body's name whose head comes last, its fields joined by "and" ("Food and Drug
 * Administration", "Fish and Wildlife Service", "Alcohol, Tobacco and Firearms Bureau"): one body, not two
 * subjects. The part after the last joiner holds a word before the head, so "Smith and Court" stays two people,
 * and no part names a second body ("the FDA and Drug Administration" are two).
 */
export function headLastJoinedName(tokens: Token[], from: number, e: number): boolean {
  const head = tokens[e - 1];
  // (A members' body's head too: "the National Bus and Rail Union", "the Film and Television Guild".)
  if (e - from < 4 || !head || !startsWithCapital(head.text) || !(isNameOfHead(head.normal) || isMembersHead(head.normal))) return false;
  let k = from;
  let joined = false;
  for (let parts = 0; parts < MAX_PARTS; parts++) {
    // (The head itself is no part word when it is a role word too: "Board", "Council" are not.)
    let end = k;
    while (end < e && end < k + MAX_PART_WORDS && (partWord(tokens[end]) || (end === e - 1 && end > k))) end++;
    if (end === k) return false;
    if (end === e) return joined && end - k >= 2 && !namesOtherBody(tokens, head, k, end - 1);
    if (joined && namesOtherBody(tokens, head, k, end)) return false;
    if (parts === 0 && namesOtherBody(tokens, head, k, end)) return false;
    const joiner = tokens[end]!.normal;
    // (Only "and": an "&" name keeps its own reading, ampersandInName, without its article.)
    if (joiner === 'and') {
      if (joined) return false;
      joined = true;
      k = end + 1;
    } else if (joiner === ',' && !joined) k = end + 1;
    else return false;
  }
  return false;
}

/**
 * End (exclusive, at most hi) of a head-last joined name (see headLastJoinedName) through the joiner at
 * tokens[k], its first word at or after lo: "said the Fish and Wildlife Service." runs past its "and". -1 when none.
 */
export function headLastNameEnd(tokens: Token[], k: number, lo: number, hi: number): number {
  if (!/^(and|&|,)$/.test(tokens[k]?.normal ?? '')) return -1;
  const limit = Math.min(hi, k + 1 + MAX_PART_WORDS);
  for (let from = k - 1; from >= lo && from >= k - MAX_PARTS * (MAX_PART_WORDS + 1); from--) {
    for (let end = limit; end > k + 2; end--) if (headLastJoinedName(tokens, from, end)) return end;
  }
  return -1;
}

/**
 * The phrase tokens[s, e) as a body's joined name, with the capitalised words before its head ("the
 * California Department of Forestry and Fire Protection"): start of the name (after "the"), or -1.
 */
export function bodyNameStart(tokens: Token[], s: number, e: number): number {
  const from = tokens[s]?.normal === 'the' ? s + 1 : s;
  if (headLastJoinedName(tokens, from, e)) return from;
  for (let h = from; h < e; h++) {
    if (!startsWithCapital(tokens[h]!.text) || isRoleWord(tokens[h]!.normal) || isGivenNameToken(tokens[h]!)) return -1;
    if ((isNameOfHead(tokens[h]!.normal) || isMembersHead(tokens[h]!.normal)) && bodyNameEnd(tokens, h, e) === e) return from;
  }
  return -1;
}

/**
 * The head of a body's joined name that ends at e, the run [ns, e) being its last part after a joiner
 * ("Officials from the Department of Health and Human Services": the run "Human Services"), or -1.
 */
export function joinedBodyHead(tokens: Token[], s: number, ns: number, e: number): number {
  if (!/^(and|&|,)$/.test(tokens[ns - 1]?.normal ?? '')) return -1;
  for (let h = ns - 3; h >= s && h >= ns - 2 * MAX_PARTS - MAX_PART_WORDS; h--) {
    if ((isNameOfHead(tokens[h]!.normal) || isMembersHead(tokens[h]!.normal)) && bodyNameEnd(tokens, h, e) === e) return h;
  }
  return -1;
}
