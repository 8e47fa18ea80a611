/**
 * "Planned Parenthood Great Rivers said …", "Redline Interactive said …": a sentence's first word that the tagger
 * reads as a verb or an adjective still opens a name when the capitalised words from it are a body's name — a
 * listed body (data/organisations.json) opens them, or their last word is a body's name tail ("Interactive",
 * "Trust"). Without this the run, and the speaker, began at the second word and read as a person.
 * ("Officials said", "Critics said": no capitalised word follows, so nothing changes.)
 */
import type { Token } from '../types.js';
import { isKnownOrganisation, isNameTail } from '../lexicon/organisations.js';
import { NOT_NAMES, ROLE_WORDS } from './words.js';

const CAPITALISED = /^\p{Lu}\p{L}*$/u;

/** Whether tokens[i] (a sentence's first word, not tagged a proper noun) opens a body's name; `end` ends the sentence. */
export function initialWordOpensBody(tokens: readonly Token[], i: number, end: number): boolean {
  const first = tokens[i]!;
  // (Pointing words and roles open no body's name: "The", "Former", "Minister".)
  if (!CAPITALISED.test(first.text) || NOT_NAMES.has(first.normal) || ROLE_WORDS.has(first.normal)) return false;
  let j = i;
  while (j + 1 < end && tokens[j + 1]!.start - tokens[j]!.end === 1 && CAPITALISED.test(tokens[j + 1]!.text) && !NOT_NAMES.has(tokens[j + 1]!.normal)) j++;
  if (j === i) return false;
  if (isNameTail(tokens[j]!.normal)) return true;
  let name = first.text;
  for (let k = i + 1; k <= j; k++) {
    name += ` ${tokens[k]!.text}`;
    if (isKnownOrganisation(name)) return true;
  }
  return false;
}
