import type { Token } from '../types.js';
import { genderOfFirstName } from '../nlp/names.js';
import { isTitleCase, OWNER_POSSESSIVES } from '../nlp/words.js';
import { isDayWord, isMonth } from '../nlp/time-words.js';
import { sourceText } from './speaker.js';

/** Kinds of a speaker's own medium whose name may follow in apposition, unquoted. */
const OWN_MEDIUM_KINDS: ReadonlySet<string> = new Set(['podcast', 'show', 'programme', 'program', 'newsletter', 'vlog', 'channel']);

/**
 * "on her podcast, Late Shift Notes, she said …", "on his newsletter, The Back Page, calling it …": a medium of the
 * speaker's own, its kind after a possessive at tokens[k] (maybe one small-letter modifier between), its name in
 * title case set off by commas on both sides. The name and the token after the closing comma, or null.
 * (The closing comma is what makes it a name and not the sentence's subject: "On her podcast, Ana Ruiz said …".
 * Not a person's name either — "on his show, Ana Ruiz, a comedian, said" — nor a date: "on her show, Friday,".)
 */
export function ownMediumInApposition(tokens: readonly Token[], k: number): { title: string; end: number } | null {
  if (!OWNER_POSSESSIVES.has(tokens[k]?.normal ?? '')) return null;
  let kind = k + 1;
  if (!OWN_MEDIUM_KINDS.has(tokens[kind]?.normal ?? '') && /^\p{Ll}+$/u.test(tokens[kind]?.text ?? '')) kind++;
  if (!OWN_MEDIUM_KINDS.has(tokens[kind]?.normal ?? '') || !/^\p{Ll}/u.test(tokens[kind]!.text) || tokens[kind + 1]?.text !== ',') return null;
  const s = kind + 2;
  let e = s;
  while (e < tokens.length && e < s + 6 && /^[\p{Lu}\d]/u.test(tokens[e]!.text)) e++;
  if (e === s || tokens[e]?.text !== ',') return null;
  const words = tokens.slice(s, e).map((t) => t.text);
  if (!isTitleCase(words) || genderOfFirstName(words[0]!) !== 'unknown' || isDayWord(tokens[s]!.normal) || isMonth(tokens[s]!.normal)) return null;
  return { title: sourceText(tokens as Token[], s, e), end: e + 1 };
}
