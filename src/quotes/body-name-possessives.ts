import type { Token } from '../types.js';
import { ORGANIZATION_HEADS, ORGANIZATION_TAILS } from '../nlp/words.js';
import { isGroupNameNoun } from '../lexicon/group-name-nouns.js';

/**
 * prev, a possessive's apostrophe, next: a capitalised plural's possessive before a capitalised body's kind word
 * ("Supporters' Trust", "Teachers' Union") is inside the body's name, no quotation mark and no end of the name.
 * (Not a name's possessive before a person, "Reuters' Ana Ruiz": the next word must be a body's.)
 */
export function bodyWordAfterPossessive(prev: Token, next: Token | undefined): boolean {
  return !!next && /^\p{Lu}\p{Ll}*s$/u.test(prev.text) && /^\p{Lu}/u.test(next.text) && (ORGANIZATION_HEADS.has(next.normal) || ORGANIZATION_TAILS.has(next.normal) || isGroupNameNoun(next.normal));
}

/**
 * tokens[k] is a capitalised plural's possessive apostrophe inside a body's "X of the …" name, before a capitalised
 * word: "the Central Association of the Harbour Pilots’ Guild", "the Federation of Hill Farmers’ Trade". The body's
 * head before "of" opens the name, so the words after the possessive still belong to it whatever they are.
 * (Not without such a head: "Reuters' Ana Ruiz", "the Rovers’ Dana Pell" end at the possessive.)
 */
export function possessiveInOfBodyName(tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (!prev || !next || !/^['’]$/.test(tokens[k]!.text) || prev.end !== tokens[k]!.start || next.start <= tokens[k]!.end) return false;
  if (!/^\p{Lu}\p{Ll}*s$/u.test(prev.text) || !/^\p{Lu}/u.test(next.text)) return false;
  // Back over the capitalised words and small joiners of the name to its "of" after a body's head.
  for (let j = k - 2, steps = 0; j >= 1 && steps < 8; j--, steps++) {
    const t = tokens[j]!;
    if (t.normal === 'of') return /^\p{Lu}/u.test(tokens[j - 1]!.text) && ORGANIZATION_HEADS.has(tokens[j - 1]!.normal);
    if (!/^\p{Lu}/u.test(t.text) && t.normal !== 'the' && t.normal !== 'and' && t.text !== '&') return false;
  }
  return false;
}

/** Plurals without an "s" that name whom a body serves: "Women's Aid", "the Children's Society", "People's Party". */
const PEOPLE_PLURALS: ReadonlySet<string> = new Set(['women', 'men', 'children', 'people']);

/**
 * tokens[k] is the "'s" of a capitalised plural for people, glued to it, before a capitalised word: "Women's",
 * "Children's" inside a body's name ("the Children's Society", "the Women's Cricketers' Association"), never a
 * person's possessive (no one is named "Women"), so the name goes on through it.
 */
export function peoplePluralPossessiveInName(tokens: Token[], k: number): boolean {
  const owner = tokens[k - 1];
  const next = tokens[k + 1];
  return !!owner && !!next && /^['’]s$/.test(tokens[k]!.text) && owner.end === tokens[k]!.start && /^\p{Lu}/u.test(owner.text) && PEOPLE_PLURALS.has(owner.normal) && /^\p{Lu}/u.test(next.text);
}

/**
 * tokens[s..e] (a run read as a name) end before a plural possessive and a body's word, follow "Women's" or such a
 * possessive, or are that body's word alone after the possessive ("the Directors’ Circle": no one is named "Circle"):
 * a body's words.
 */
export function insideBodyPossessiveName(tokens: Token[], s: number, e: number): boolean {
  const mark = tokens[e + 1];
  if (mark && /^['’]$/.test(mark.text) && tokens[e]!.end === mark.start && (bodyWordAfterPossessive(tokens[e]!, tokens[e + 2]) || possessiveInOfBodyName(tokens, e + 1))) return true;
  const owner = tokens[s - 2];
  if (s === e && owner && /^['’]$/.test(tokens[s - 1]!.text) && owner.end === tokens[s - 1]!.start && bodyWordAfterPossessive(owner, tokens[s])) return true;
  // (… or on either side of one inside a body's "X of the …" name: "the Association of the Harbour Pilots’ Trade".)
  return s >= 2 && (peoplePluralPossessiveInName(tokens, s - 1) || possessiveInOfBodyName(tokens, s - 1));
}

/**
 * tokens[k] is a plural's possessive apostrophe before the noun it owns, "the farmers’ union", "the island's
 * hoteliers' association": glued to a word in -s, a space, then a noun in small letters or a body's word. No
 * quotation mark, so no break in the phrase.
 */
export function pluralPossessiveBeforeNoun(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (!pluralApostrophe(tokens, k) || !next || next.start <= tokens[k]!.end) return false;
  return (next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text)) || bodyWordAfterPossessive(tokens[k - 1]!, next);
}

/** tokens[k] is the apostrophe of a plural's possessive, glued to it: the "’" of "farmers’", whatever follows. */
export function pluralApostrophe(tokens: readonly Token[], k: number): boolean {
  const owner = tokens[k - 1];
  return /^[’']$/.test(tokens[k]!.text) && !!owner && owner.end === tokens[k]!.start && /s$/i.test(owner.text);
}
