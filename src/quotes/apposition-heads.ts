import type { Token } from '../types.js';
import { cueLexicon, stateKey } from '../lexicon/cues.js';
import { organisationData } from '../lexicon/organisations.js';
import { genderOfFirstName } from '../nlp/names.js';
import { isCommonPlural } from '../nlp/common-plurals.js';

/**
 * Which description a name set off by commas after it belongs to, when the words before the comma end in
 * something other than the person described.
 */

/**
 * The preposition that places a description by the capitalised place ending at tokens[end] ("the farmhouse
 * above Dunmore", data/cues.json description_place_prepositions), with a small-letter noun before it, or -1.
 * In "The owner of the farmhouse above Dunmore, Tom Ashby, said" the place is no head of the apposition.
 */
export function placeClosingDescription(tokens: readonly Token[], end: number, lo: number): number {
  let k = end;
  while (k > lo && /^\p{Lu}/u.test(tokens[k]!.text) && k > end - 4) k--;
  if (k === end || /^\p{Lu}/u.test(tokens[k]!.text)) return -1;
  if (tokens[k]!.normal === 'the') k--;
  const noun = tokens[k - 1];
  // (A noun in small letters the tagger read as a proper noun is a noun: "a café in Dunmore".)
  return k > lo && cueLexicon().descriptionPlacePrepositions.has(tokens[k]!.normal) && /^(NOUN|PROPN)$/.test(noun?.pos ?? '') && /^\p{Ll}/u.test(noun!.text) ? k : -1;
}

let kindNouns: Set<string> | undefined;

/** A kind of organisation or event in small letters (data/organisations.json kind_nouns): "firm", "festival". */
export function isKindNoun(word: string): boolean {
  kindNouns ??= new Set(organisationData().kind_nouns);
  return kindNouns.has(word);
}

/**
 * Whether the name opening at tokens[first] names the thing at tokens[end], a kind of organisation or event
 * (data/organisations.json kind_nouns) in small letters: "The director of the festival, Harbour Nights, said"
 * names the festival. A name opening with a known given name is the person ("…, Maria Lenz, said").
 */
export function namesKindBefore(tokens: readonly Token[], end: number, first: number, last: number): boolean {
  const kind = tokens[end];
  if (!kind || !/^\p{Ll}/u.test(kind.text) || !isKindNoun(kind.normal) || genderOfFirstName(tokens[first]?.text ?? '') !== 'unknown') return false;
  // Only the complement of a person's description: "the director of the festival". "Her label, Crescent Sound, said"
  // is the label itself, which speaks by its name.
  const prep = /^(DET|PRON)$/.test(tokens[end - 1]?.pos ?? '') ? end - 2 : end - 1;
  if (!/^(of|for|at|with)$/.test(tokens[prep]?.normal ?? '')) return false;
  // A thing's name shows a common noun's plural ("Harbour Nights", "Salt Lanterns"); a name of unknown words may be
  // a person's whose given name we do not list ("Thierry Lemaire").
  return isCommonPlural(tokens[last]!.text);
}

/**
 * Whether the name opening at tokens[first] is the place a description of a person sits in, no speaker: after a
 * place preposition or "of"/"from" ("a baker in Fresno", "a nurse who was waiting near Ueno Park",
 * "the bishop of Girona"), or a country or state after a town and a comma ("of Girona, Spain").
 */
export function placeInDescription(tokens: readonly Token[], first: number, lo: number): boolean {
  const before = tokens[first - 1];
  if (!before || first - 1 < lo) return false;
  if (cueLexicon().descriptionPlacePrepositions.has(before.normal) || /^(of|from)$/.test(before.normal)) return first - 2 >= lo && /^\p{Ll}/u.test(tokens[first - 2]!.text);
  if (before.text !== ',' || !isStateOrCountry(tokens, first, first + stateLength(tokens, first) - 1)) return false;
  // (The town may run to a few capitalised words: "of San Luis Obispo, California".)
  let town = first - 2;
  if (town < lo || !/^\p{Lu}/u.test(tokens[town]!.text)) return false;
  while (town - 1 > lo && town > first - 5 && /^\p{Lu}/u.test(tokens[town - 1]!.text)) town--;
  return placeInDescription(tokens, town, lo);
}

/**
 * Whether tokens[first..last] are a country or US state whole (data/cues.json place_names), or a state's
 * written abbreviation ("Okla.", "N.Y.", data/cues.json state_abbreviations): the place that closes a town.
 * (Only the dotted forms: a postal code such as "IN" or "OR" reads as a word.)
 */
export function isStateOrCountry(tokens: readonly Token[], first: number, last: number): boolean {
  if (first > last || !tokens[first] || !tokens[last]) return false;
  const text = tokens.slice(first, last + 1).map((t) => t.text).join(' ');
  if (cueLexicon().placeNames.has(text)) return true;
  return first === last && text.includes('.') && cueLexicon().stateAbbreviations.has(stateKey(text));
}

/** How many words (1 or 2) the state or country opening at tokens[first] runs to: "New York", "Oklahoma". */
function stateLength(tokens: readonly Token[], first: number): number {
  return tokens[first + 1] && /^\p{Lu}/u.test(tokens[first + 1]!.text) && isStateOrCountry(tokens, first, first + 1) ? 2 : 1;
}

/**
 * The first token of a body's proper name closing an apposition "the [modifiers] KIND Name" in
 * tokens[first, last], or -1: "the Danish shipping company Norvik Holdings" names the company after its
 * kind noun in small letters (data/organisations.json kind_nouns). Only a few modifiers before the kind,
 * and a capitalised run after it to the apposition's end. The article may be left out ("Swiss firm Chronaxis").
 */
export function nameAfterKindNoun(tokens: readonly Token[], first: number, last: number): number {
  // (… or with no article, as headlines and wires write it: "Swiss firm Chronaxis", "software company Norvik".)
  const bare = tokens[first] && tokens[first]!.normal !== 'the' && /^(ADJ|NOUN|PROPN)$/.test(tokens[first]!.pos);
  if (tokens[first]?.normal !== 'the' && !bare) return -1;
  for (let k = bare ? first : first + 1; k < last && k <= first + 6; k++) {
    if (!isKindNoun(tokens[k]!.text)) continue;
    for (let n = k + 1; n <= last; n++) if (!/^\p{Lu}/u.test(tokens[n]!.text) && !/^(?:&|of|and)$/.test(tokens[n]!.text)) return -1;
    return /^\p{Lu}/u.test(tokens[k + 1]!.text) ? k + 1 : -1;
  }
  return -1;
}

// "The manufacturer", "the Danish shipping company": a definite description whose last word names a kind of body.
const DEFINITE_KIND = /^the\s+(?:[\p{Ll}-]+\s+){0,2}(\p{Ll}[\p{Ll}-]*)$/iu;
// "The bookmaker that flagged the bets": the same, its noun followed by a relative clause that says which one.
const DEFINITE_KIND_THEN_RELATIVE = /^the\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}[\p{Ll}-]*)\s+(?:that|which)\s/iu;

/**
 * Whether a name in apposition after the description `head` is that body's: "The manufacturer, Arcadia Surgical,
 * said", "The studio, Redline Interactive, said" — a definite kind of body (data/organisations.json kind_nouns)
 * before it, and no given name opening it ("The band, Tom Reyes," is a person; "The director, Ana Ruiz," no kind).
 */
export function kindHeadNamesBody(head: string, name: string): boolean {
  const kind = DEFINITE_KIND.exec(head)?.[1] ?? DEFINITE_KIND_THEN_RELATIVE.exec(head)?.[1];
  return !!kind && isKindNoun(kind) && genderOfFirstName(name.split(/\s+/)[0]!) === 'unknown';
}
