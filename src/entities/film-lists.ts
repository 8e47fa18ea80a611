// Lists of films and shows ("films include X, Y and Z", "her novels X and Y"), and whether a run fits one.
import type { Token } from '../types.js';
import { isDayWord, isMonth } from '../nlp/time-words.js';
import { isCityNotGivenName, isPlaceNotGivenName } from '../lexicon/place-names.js';
import { opensThatlessRelative } from './one-word-titles.js';
import { rememberLastText } from '../text/last-text.js';

// A list's opening, "films include" or "movies such as", and the titles listed before this one ("X, Y and ").
const LISTED_TITLE = String.raw`\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:(?:of|the|in|on|at|to|a|for)[ \t]+)?\p{Lu}[\p{L}'’-]*){0,5}`;
// The titles of a list before this one, each followed by its joiner: "X, Y and ".
const TITLES_LISTED_BEFORE = String.raw`(?:${LISTED_TITLE}(?:,[ \t]+|,?[ \t]+and[ \t]+))*`;
// What opens a list of kinds of work: "the ", "his ", "the hit " (capitalised at a sentence's start), perhaps one small word more.
const LIST_OWNER = String.raw`(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Hh]it)[ \t]+(?:[\p{Ll}-]+[ \t]+)?`;
// … or a plural kind of film or show right after "the", a possessive or "hit": "the hit dramas X and Y".
const FILM_LIST_BEFORE = new RegExp(String.raw`\b(?:(?:films|movies|documentaries)[ \t]+(?:include|included|includes|including|such[ \t]+as)|${LIST_OWNER}(?:films|movies|documentaries|dramas|sitcoms|telenovelas|miniseries))[ \t]+${TITLES_LISTED_BEFORE}$`, 'u');

// The kind of work a film is made from right before its name ("her novel "), or opening a list of such works
// before it ("five novels, including The Salt Road and "): the name before ADAPTED_INTO_SCREEN is that work's.
const SOURCE_WORKS = String.raw`(?:novels?|novellas?|books?|memoirs?|plays?|story|stories|comics?)`;
export const SOURCE_WORK_BEFORE = new RegExp(String.raw`\b${SOURCE_WORKS}(?:[ \t]+|,?[ \t]+(?:including|such[ \t]+as|among[ \t]+them)[ \t]+${TITLES_LISTED_BEFORE})$`, 'u');

// (The list's opening capitalised at a sentence's start: "Her dramas X and Y ran for years.")
// … and such a list of shows: "the sitcoms X and Y", "her telenovelas X, Y and Z" are television's.
export const TELEVISION_LIST_BEFORE = new RegExp(String.raw`\b${LIST_OWNER}(?:dramas|sitcoms|telenovelas|miniseries|soaps|docuseries)[ \t]+${TITLES_LISTED_BEFORE}$`, 'u');

/** Whether a list of films opens right before offset `at` ("films include X, Y and "): FILM_LIST_BEFORE on the 150 characters before. */
export function listOfFilmsBefore(text: string, at: number): boolean {
  return holdsListKind(text) && FILM_LIST_BEFORE.test(text.slice(Math.max(0, at - 150), at));
}

/** The plural kinds of work every FILM_LIST_BEFORE match names, as written there (in small letters). */
const LIST_KIND = /films|movies|documentaries|dramas|sitcoms|telenovelas|miniseries/;

/**
 * Whether the text names any kind of work a list of films opens with. listOfFilmsBefore is asked at every
 * capitalised run of the article and slices and tries its pattern each time; an article without one of these
 * words (most news) holds no such list anywhere. Memoised for the text read last (one article at a time).
 */
const holdsListKind = rememberLastText((text) => LIST_KIND.test(text));

/**
 * Whether tokens s..e, after a list's opening ("the documentaries …", "his films …"), can be a listed title: no
 * day, month or place ("air the documentaries Sunday and Monday"), and one word only inside a list ("X and Y",
 * "X, Y"). A lone title that a verb follows is the subject of a relative clause with no "that": "his films
 * Hollywood ignored were his best".
 */
export function fitsListOfFilms(text: string, tokens: Token[], s: number, e: number): boolean {
  const surface = text.slice(tokens[s]!.start, tokens[e]!.end);
  if (e === s && (isDayWord(tokens[s]!.normal) || isMonth(tokens[s]!.normal))) return false;
  if (isPlaceNotGivenName(surface) || isCityNotGivenName(surface)) return false;
  return joinedInList(text, tokens[s]!.start, tokens[e]!.end) || (e > s && !opensThatlessRelative(tokens, e));
}

/** A list joiner right before a run: a comma or "and", then spaces (", and " is six characters). */
const JOINER_BEFORE = /(?:,|\band)[ \t]+$/;
/** A list joiner right after a run, then the next item's capital: ", X", " and X", ", and X" (at most 7 characters). */
const JOINER_AFTER = /^(?:,[ \t]+|,?[ \t]+and[ \t]+)\p{Lu}/u;

/**
 * Whether the run text[start, end) is one item of a list of names: a comma or "and" joins it to the item
 * before ("X and Cold River") or to a capitalised item after ("Cold River, X"). The windows are just wide
 * enough for the longest joiner with one space each side.
 */
function joinedInList(text: string, start: number, end: number): boolean {
  return JOINER_BEFORE.test(text.slice(Math.max(0, start - 6), start)) || JOINER_AFTER.test(text.slice(end, end + 8));
}
