import type { Token } from '../types.js';
import { isRoleWord, ORGANIZATION_HEADS, ORGANIZATION_TAILS, DESCRIPTORS } from '../nlp/words.js';
import { cueLexicon } from '../lexicon/cues.js';

/**
 * Contexts that show two or three capitalised words are a person's name though the first is no given name we
 * list ("Takumi Shirasaka"): news introduces a person by a role noun in small letters after an article ("the
 * jockey Takumi Shirasaka", "a farmer Ana Quispe"), and only a person "was asked" about something. tokens[i..j]
 * is the name's run.
 */
export function personByContext(tokens: Token[], i: number, j: number, words: string[]): boolean {
  if (words.length < 2 || words.length > 3 || j - i + 1 !== words.length || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return false;
  const first = words[0]!.toLowerCase();
  if (ORGANIZATION_HEADS.has(first) || isRoleWord(first) || DESCRIPTORS.has(first) || ORGANIZATION_TAILS.has(words[words.length - 1]!.toLowerCase())) return false;
  const { placeNames, placeNameWords, thingNameOpeners } = cueLexicon();
  if (placeNames.has(words[0]!) || placeNames.has(words.join(' ')) || thingNameOpeners.has(words[0]!) || words.some((w) => placeNameWords.has(w.toLowerCase()))) return false;
  return rolePrefixed(tokens, i) || askedSubject(tokens, j);
}

/** "the jockey Takumi Shirasaka": an article and a role noun in small letters right before the name. */
function rolePrefixed(tokens: Token[], i: number): boolean {
  const role = tokens[i - 1];
  return !!role && /^\p{Ll}/u.test(role.text) && isRoleWord(role.normal) && /^(?:the|a|an)$/.test(tokens[i - 2]?.normal ?? '');
}

/** "Takumi Shirasaka was asked about his future": the subject of a passive "was/were asked". */
function askedSubject(tokens: Token[], j: number): boolean {
  return /^(?:was|were|is|been)$/.test(tokens[j + 1]?.normal ?? '') && tokens[j + 2]?.normal === 'asked';
}
