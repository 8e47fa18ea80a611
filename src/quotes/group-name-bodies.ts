/**
 * "The Tenants First alliance said", "the Parents for Safe Roads coalition said": a group's capitalised name, then
 * a noun in small letters saying what kind of group it is (data/group-name-nouns.json), is that group, an
 * organisation, named by its name and the noun; not the description of someone unnamed.
 */
import type { Token } from '../types.js';
import { isGroupNameNoun } from '../lexicon/group-name-nouns.js';
import { isNationalityWord } from '../lexicon/nationalities.js';
import { cueLexicon } from '../lexicon/cues.js';
import { startsWithCapital } from '../text/boundaries.js';
import { sourceText, type SpeakerPhrase } from './speaker-phrase.js';

/** Small words a group's name may hold between its capitalised words: "Parents for Safe Roads", "Friends of the Earth". */
const NAME_JOINERS = new Set(['for', 'of', 'and', '&', 'the', 'against']);

/** The group named by tokens [s, e) as its name and kind noun, or null when the phrase is no such name. */
export function groupNameBody(tokens: Token[], s: number, e: number): SpeakerPhrase | null {
  const noun = tokens[e - 1];
  if (!noun || e - s < 2 || !/^\p{Ll}/u.test(noun.text) || !isGroupNameNoun(noun.normal)) return null;
  const from = tokens[s]!.normal === 'the' ? s + 1 : s;
  const last = e - 2;
  if (from > last || !startsWithCapital(tokens[from]!.text) || !startsWithCapital(tokens[last]!.text)) return null;
  for (let k = from; k <= last; k++) if (!startsWithCapital(tokens[k]!.text) && !NAME_JOINERS.has(tokens[k]!.normal)) return null;
  const name = sourceText(tokens, from, last + 1);
  // ("the Italian federation", "the Ohio council": one word of a nation or a place describes a body named elsewhere.)
  if (from === last && (isNationalityWord(name) || cueLexicon().placeNames.has(name))) return null;
  const whole = sourceText(tokens, s, e);
  return { start: tokens[s]!.start, end: noun.end, text: whole, kind: 'organization', name: sourceText(tokens, from, e), role: null, title: null };
}
