import type { Token } from '../types.js';
import { isRoleWord } from '../nlp/words.js';

/** Most words of an office before a name: "White House press secretary", "U.S. District Judge". */
const MAX_ROLE_PREFIX_WORDS = 6;

/**
 * "White House press secretary Karoline Leavitt echoed …", "Senate Majority Leader Jon Reyes said …": a sentence
 * may open with the office of the person it is about, the name its subject all the same. Where that office opens
 * (at the sentence's start, after an optional "the"), when a role word stands right before the name at tokens[i];
 * i itself when no such office does.
 */
export function rolePrefixStart(tokens: Token[], i: number): number {
  if (!isRoleWord(tokens[i - 1]?.normal ?? '')) return i;
  let k = i - 1;
  while (k >= 0 && i - k <= MAX_ROLE_PREFIX_WORDS && (/^(?:NOUN|PROPN|ADJ)$/.test(tokens[k]!.pos) || innerHyphen(tokens, k)) && !/\n/.test(tokens[k]!.text)) k--;
  if (k >= 0 && tokens[k]!.normal === 'the' && k + 1 < i) k--;
  const before = tokens[k];
  const opens = !before || (before.pos === 'PUNCT' && /^[.!?]$/.test(before.text)) || /\n/.test(before.text);
  if (!opens) return i;
  const start = k + 1;
  return tokens[start]?.normal === 'the' || /^\p{Lu}/u.test(tokens[start]?.text ?? '') ? start : i;
}

/** tokens[k] is a hyphen inside one word ("K-pop star", "ex-minister" split by the tokenizer), no space either side. */
function innerHyphen(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  return t.text === '-' && !!prev && !!next && prev.end === t.start && next.start === t.end;
}
