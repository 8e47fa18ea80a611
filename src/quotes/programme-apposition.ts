import type { Token } from '../types.js';
import { ALL_CAPITALS, genderOfFirstName, isHonorificOrAddressTitle, isRoyalTitle } from '../nlp/names.js';
import { isRoleWord, isTitleCase, OWNER_POSSESSIVES, SUBJECT_PRONOUNS } from '../nlp/words.js';
import { isKnownOrganisation } from '../lexicon/organisations.js';
import { isCalendarName } from '../lexicon/outlets.js';
import { isOwnMediumKind } from './own-medium.js';
import { isDayWord, isMonth } from '../nlp/time-words.js';
import { sourceText } from './speaker.js';


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
  if (!isOwnMediumKind(tokens[kind]?.normal ?? '') && /^\p{Ll}+$/u.test(tokens[kind]?.text ?? '')) kind++;
  if (!isOwnMediumKind(tokens[kind]?.normal ?? '') || !/^\p{Ll}/u.test(tokens[kind]!.text) || tokens[kind + 1]?.text !== ',') return null;
  const s = kind + 2;
  let e = s;
  while (e < tokens.length && e < s + 6 && /^[\p{Lu}\d]/u.test(tokens[e]!.text)) e++;
  // "said on her podcast, Unfiltered.": the title may close the sentence; a name there is no subject put first.
  const closesSentence = /^[.;!?]$/.test(tokens[e]?.text ?? '');
  if (e === s || (tokens[e]?.text !== ',' && !closesSentence)) return null;
  const words = tokens.slice(s, e).map((t) => t.text);
  if (!isTitleCase(words) || isDayWord(tokens[s]!.normal) || isMonth(tokens[s]!.normal)) return null;
  // "On her channel, Paris Diaries, Lena Ruiz said": a name opening with a first name is the medium's only
  // where the sentence's own subject follows it; "on his show, Ana Ruiz, said" stays a person.
  if (genderOfFirstName(words[0]!) !== 'unknown' && (words.length === 1 || !subjectFollows(tokens, e + 1))) return null;
  if (!nameOfMedium(tokens, s, e, words, closesSentence)) return null;
  return { title: sourceText(tokens as Token[], s, e), end: e + 1 };
}

/**
 * The title-case words tokens[s..e) between commas name the medium, not a person, body or day put first:
 * not "Dr. Ana Ruiz" or "Senator Tom Hale" (a title opens them), not "NASA" (a body), not "Christmas Eve";
 * not a name a description or "he said" follows ("Hale, a former senator, said"), nor one the article uses for a
 * person ("Hale said"); and one word alone only where the article names it as the medium again.
 */
function nameOfMedium(tokens: readonly Token[], s: number, e: number, words: readonly string[], closesSentence = false): boolean {
  const first = words[0]!.replace(/\.$/, '').toLowerCase();
  if (isHonorificOrAddressTitle(first) || isRoyalTitle(first) || isRoleWord(first)) return false;
  if ((words.length === 1 && ALL_CAPITALS.test(words[0]!)) || isKnownOrganisation(words.join(' ')) || isCalendarName(words)) return false;
  if (describedAfter(tokens, e + 1)) return false;
  if (namesPersonElsewhere(tokens, s, e, words[words.length - 1]!)) return false;
  return words.length > 1 || closesSentence || namedAsMediumElsewhere(tokens, s, words[0]!);
}

/** "…, a former senator, said", "…, the guest, said", "…, he said, was": the commas set off a person or a clause. */
function describedAfter(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k]?.normal ?? '';
  if (SUBJECT_PRONOUNS.test(next) && /^\p{Ll}/u.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === ',') return true;
  if (!/^(?:a|an|the)$/.test(next)) return false;
  for (let j = k + 1; j < Math.min(tokens.length, k + 7); j++) if (tokens[j]!.text === ',') return /^\p{Ll}/u.test(tokens[j + 1]?.text ?? '');
  return false;
}

/** The name's last word stands alone elsewhere as a speaker ("Hale said", "said Hale", "Mr Hale"). */
function namesPersonElsewhere(tokens: readonly Token[], s: number, e: number, last: string): boolean {
  for (let j = 0; j < tokens.length; j++) {
    if (j >= s && j < e) continue;
    if (tokens[j]!.text !== last) continue;
    if (/^(?:said|says|told|added)$/.test(tokens[j + 1]?.normal ?? '') || /^(?:said|says)$/.test(tokens[j - 1]?.normal ?? '')) return true;
    if (isHonorificOrAddressTitle((tokens[j - 1]?.normal ?? '').replace(/\.$/, ''))) return true;
  }
  return false;
}

/** A one-word name the article uses for the medium again: "on Unfiltered", "the podcast Unfiltered", "Unfiltered's". */
function namedAsMediumElsewhere(tokens: readonly Token[], s: number, word: string): boolean {
  for (let j = 0; j < tokens.length; j++) {
    if (j === s || tokens[j]!.text !== word) continue;
    const before = tokens[j - 1]?.normal ?? '';
    if (before === 'on' || isOwnMediumKind(before) || isOwnMediumKind(tokens[j + 1]?.normal ?? '') || /^['’]s$/.test(tokens[j + 1]?.text ?? '')) return true;
  }
  return false;
}

/** The sentence's subject starts at tokens[k]: "she said", "Lena Ruiz said", a first name and more capitals then a small word. */
function subjectFollows(tokens: readonly Token[], k: number): boolean {
  if (SUBJECT_PRONOUNS.test(tokens[k]?.normal ?? '') && /^\p{Ll}/u.test(tokens[k + 1]?.text ?? '')) return true;
  if (genderOfFirstName(tokens[k]?.text ?? '') === 'unknown') return false;
  let e = k + 1;
  while (e < tokens.length && e < k + 4 && /^\p{Lu}\p{Ll}/u.test(tokens[e]!.text)) e++;
  return e > k + 1 && /^\p{Ll}/u.test(tokens[e]?.text ?? '');
}
