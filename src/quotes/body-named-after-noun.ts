import { regExpLiteral } from '../text/regexp-literal.js';
import { genderOfFirstName, isHonorific } from '../nlp/names.js';
import { isRoleWord } from '../nlp/words.js';

/** For each body noun (lower case), "the NOUN" followed by a capitalised name (with "of"/"for"/"the" inside it), built once. */
const PATTERNS = new Map<string, RegExp>();

function patternFor(noun: string): RegExp {
  let re = PATTERNS.get(noun);
  if (!re) {
    const word = String.raw`\p{Lu}[\p{L}'’&-]*`;
    re = new RegExp(String.raw`\b[Tt]he[ \t]+${regExpLiteral(noun)}[ \t]+(${word}(?:[ \t]+(?:(?:of|for|on)[ \t]+(?:the[ \t]+)?)?${word}){0,5})`, 'gu');
    PATTERNS.set(noun, re);
  }
  return re;
}

/**
 * "Quinlan founded the group Friends of the Wendle in 2021. … According to the group, …": a body introduced by its
 * kind noun and then its name names what "the NOUN" stands for later. The last such name in text[from, at), or null;
 * not a person's name ("the group Ana Ruiz founded": a given name, a title or a role first).
 */
export function bodyNamedAfterNoun(text: string, from: number, at: number, noun: string): { name: string; start: number } | null {
  let last: { name: string; start: number } | null = null;
  for (const m of text.slice(from, at).matchAll(patternFor(noun))) {
    const first = m[1]!.split(/[ \t]+/)[0]!;
    if (genderOfFirstName(first) !== 'unknown' || isHonorific(first.toLowerCase()) || isRoleWord(first.toLowerCase())) continue;
    last = { name: m[1]!, start: from + m.index! + m[0].length - m[1]!.length };
  }
  return last;
}
