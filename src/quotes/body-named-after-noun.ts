import { regExpLiteral } from '../text/regexp-literal.js';
import { lastBodyNameIn, type NamedBody } from './last-body-name.js';

/** For each body noun (lower case), "the NOUN" followed by a capitalised name (with "of"/"for"/"on" and "the" inside it), built once. */
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
export function bodyNamedAfterNoun(text: string, from: number, at: number, noun: string): NamedBody | null {
  return lastBodyNameIn(text, from, at, patternFor(noun));
}
