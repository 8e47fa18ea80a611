import type { Token } from '../types.js';
import { acronymBeforeNoun, isCallSign } from '../lexicon/outlets.js';
import { isTitleCase } from '../nlp/words.js';
import { cueLexicon } from '../lexicon/cues.js';
import { isQuoteMark, sourceText } from './speaker.js';

/** Kinds of programme a speaker may have of their own ("her podcast", "his show") and that "on the …" refers back to. */
export const PROGRAMME_KINDS: ReadonlySet<string> = new Set(['podcast', 'show', 'programme', 'program']);

/** Possessives that make a programme the speaker's own: "her podcast", "his show". */
export const POSSESSIVES: ReadonlySet<string> = new Set(['her', 'his', 'their', 'my', 'our']);

/**
 * "on her podcast, “Villa Talk,” she said", "his radio show “Night Desk”": a programme of the speaker's own,
 * its kind after a possessive (tokens[k]) and maybe one small-letter modifier, its title in quotation marks
 * right after (a comma between them or not). The title, without the comma American style keeps inside the
 * marks, and the token after its closing mark; or null.
 */
export function ownProgrammeTitle(tokens: Token[], k: number, kinds: ReadonlySet<string>): { title: string; end: number } | null {
  if (!POSSESSIVES.has(tokens[k]?.normal ?? '')) return null;
  let kind = k + 1;
  if (!kinds.has(tokens[kind]?.normal ?? '') && /^\p{Ll}/u.test(tokens[kind]?.text ?? '')) kind++;
  if (!kinds.has(tokens[kind]?.normal ?? '') || !/^\p{Ll}/u.test(tokens[kind]!.text)) return null;
  let open = kind + 1;
  if (tokens[open]?.text === ',') open++;
  if (!tokens[open] || !isQuoteMark(tokens[open]!)) return null;
  let close = open + 1;
  while (close < tokens.length && close < open + 10 && !isQuoteMark(tokens[close]!)) close++;
  if (close >= tokens.length || !isQuoteMark(tokens[close]!) || close === open + 1) return null;
  const title = sourceText(tokens, open + 1, close).replace(/[,.]$/, '');
  return isTitleCase(title.split(/\s+/)) && /^[\p{Lu}\d]/u.test(title) ? { title, end: close + 1 } : null;
}

/**
 * Whether the "on" at tokens[on] places the people before it in a programme rather than naming the medium
 * of words: "a contestant on the dating show “…”", "anyone on the show" (cues.json programme_people_words).
 */
export function placesPeopleOnProgramme(tokens: Token[], on: number): boolean {
  const words = cueLexicon().programmePeopleWords;
  const before = tokens[on - 1]?.normal ?? '';
  return words.has(before) || words.has(`${tokens[on - 2]?.normal ?? ''} ${before}`);
}

/**
 * A broadcaster's call sign opening at tokens[s] ("KTLA", "WSMV-TV", the tagger splitting the hyphen off):
 * the name as written and the token after it; or null. Four capitals alone are often another acronym, so a
 * sign without its band must not modify a noun after it.
 */
export function callSignAt(tokens: Token[], s: number): { name: string; end: number } | null {
  const first = tokens[s];
  if (!first || !/^[KW][A-Z]{2,3}$/.test(first.text)) return null;
  const hyphen = tokens[s + 1];
  const band = tokens[s + 2];
  const suffixed = hyphen?.text === '-' && hyphen.start === first.end && band?.start === hyphen.end;
  const name = suffixed ? first.text + '-' + band!.text : first.text;
  if (suffixed && isCallSign(name)) return { name, end: s + 3 };
  if (acronymBeforeNoun(tokens, s)) return null;
  return isCallSign(first.text) ? { name: first.text, end: s + 1 } : null;
}
