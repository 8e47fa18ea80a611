import type { Token } from '../types.js';
import { isToldNameHead, lookupOutlet } from '../lexicon/outlets.js';
import { genderOfFirstName } from '../nlp/names.js';
import { isTimeWord } from '../nlp/time-words.js';
import { asWritten } from './earlier-outlets.js';
import { sourceText } from './speaker.js';
import { isPlaceName } from '../lexicon/place-names.js';

/**
 * "“…,” Jane Roe told Eater London.", "he told Nikkan Sports through an interpreter": a capitalised name of two to
 * four words right after "told" that ends the quote's tag is the outlet the gazetteer does not list when its first
 * word is a known outlet and the rest a place (an edition: "Eater London") or its last word is one outlets end in (data/outlets.json
 * toldNameHeads: "Dublin Live"). The name tokens[s, e) as written, or null.
 * (Not a person's name: its first word is no given name, "told Elle Fanning." is hers; and not before "that",
 * where the one told is usually a person: "told Jane Roe that …".)
 */
export function outletShapedToldName(tokens: Token[], s: number, e: number): string | null {
  if (e - s < 2 || e - s > 4 || !endsTag(tokens, e)) return null;
  const first = tokens[s]!.text;
  // (Nor a date after a known name: "told CNBC Monday." is CNBC's, read before this.)
  if (genderOfFirstName(first) !== 'unknown' || isTimeWord(tokens[e - 1]!.normal)) return null;
  // (A known outlet's edition is named by the place after it: "Eater London"; "told Elle Fanning" names a person.)
  const edition = lookupOutlet(first) !== null && tokens.slice(s + 1, e).every((t) => isPlaceName(t.text));
  if (!edition && !isToldNameHead(tokens[e - 1]!.text)) return null;
  return asWritten(sourceText(tokens, s, e));
}

/** Whether the tag ends at tokens[e]: the sentence's or clause's punctuation, or a small-letter phrase of manner, place or time ("through an interpreter", "on Monday"). */
function endsTag(tokens: Token[], e: number): boolean {
  const next = tokens[e];
  if (!next) return true;
  if (/^[.,;:—–!?]$/.test(next.text)) return true;
  return /^\p{Ll}/u.test(next.text) && /^(ADP|ADV)$/.test(next.pos) && next.normal !== 'that';
}
