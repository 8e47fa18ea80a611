// Trimming and splitting capitalised runs into title candidates: datelines, lists, prizes, openings, years, roles.
import type { Token } from '../types.js';
import { startsUpperOrDigit, type Run } from '../nlp/runs.js';
import { datelineLength } from '../text/dateline.js';
import { isDayWord, isMonth } from '../nlp/time-words.js';
import { listOfFilmsBefore } from './film-lists.js';
import { films, key, mayBeKnownTitle } from './film-gazetteer.js';
import { ADAPTED_INTO_SCREEN, POSSESSIVE_ENDING, prizeWonForFilm } from './title-cues.js';

/**
 * A run that opens a sentence with a dateline ("BOSTON — Paper Lanterns, the film about …", "PARIS (AFP) — …"):
 * the place and the dash are no part of the title, which starts after them; a run all dateline names nothing.
 */
export function withoutDateline(text: string, tokens: Token[], run: Run, sentenceStarts: Set<number>): Run[] {
  if (!sentenceStarts.has(run.first)) return [run];
  const length = datelineLength(text, run.start);
  if (!length) return [run];
  let first = run.first;
  while (first <= run.last && tokens[first]!.start < run.start + length) first++;
  return first > run.last ? [] : [runOf(text, tokens, first, run.last)];
}

/**
 * In a list of films ("films include X, Sister of Wolves and The Long Field", "movies such as Frozen and Moana")
 * each "and" ends one title and opens the next, unless a known title holds it ("Pride and Prejudice"). A run
 * that a small noun follows describes the films, it names none: "films included Japanese and Korean entries".
 */
export function splitListedTitles(text: string, tokens: Token[], run: Run): Run[] {
  if (!listOfFilmsBefore(text, run.start)) return adaptedLastOfList(text, tokens, run);
  const next = tokens[run.last + 1];
  if (next && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text)) return [];
  const parts: Run[] = [];
  let first = run.first;
  for (let k = run.first + 1; k < run.last; k++) {
    if (tokens[k]!.text !== 'and' || knownTitleHolds(text, tokens, first, k, run.last)) continue;
    parts.push(runOf(text, tokens, first, k - 1));
    first = k + 1;
  }
  parts.push(runOf(text, tokens, first, run.last));
  return parts;
}

/**
 * "went to the filmmaker Ana Ruiz for Night Ferry": the capitalised run holds the winner, "for" and the film
 * (a title may hold "for": "Scent of a Woman", "Dial M for Murder"), cut at a "for" a prize is won for.
 */
export function splitAtPrizeFor(text: string, tokens: Token[], run: Run): Run[] {
  for (let k = run.first + 1; k < run.last; k++) {
    if (tokens[k]!.text !== 'for' || !prizeWonForFilm(text, tokens[k + 1]!.start, tokens[k + 1]!.text)) continue;
    return [runOf(text, tokens, run.first, k - 1), runOf(text, tokens, k + 1, run.last)];
  }
  return [run];
}

/**
 * "novels including The Salt Orchard and A House Without Clocks, which was adapted into a film": the last
 * title of a list is the one adapted. Cut only at an "and" before a capitalised article, which opens a title.
 */
function adaptedLastOfList(text: string, tokens: Token[], run: Run): Run[] {
  if (text[run.end] !== ',' || !ADAPTED_INTO_SCREEN.test(text.slice(run.end + 1, run.end + 61))) return [run];
  for (let k = run.last - 1; k > run.first; k--) {
    if (tokens[k]!.text !== 'and' || !/^(?:The|A|An)$/.test(tokens[k + 1]!.text)) continue;
    return [runOf(text, tokens, k + 1, run.last)];
  }
  return [run];
}

/** Whether a known title among tokens first..last holds the "and" at k. */
function knownTitleHolds(text: string, tokens: Token[], first: number, k: number, last: number): boolean {
  for (let s = first; s < k; s++) {
    for (let e = k + 1; e <= last; e++) {
      if (films().byName.has(key(text.slice(tokens[s]!.start, tokens[e]!.end)))) return true;
    }
  }
  return false;
}

/** The run of tokens[first..last], as capitalisedRuns makes one. */
function runOf(text: string, tokens: Token[], first: number, last: number): Run {
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  return { first, last, start, end, text: text.slice(start, end) };
}

/**
 * A sentence's capitalised opening word and a small preposition before a title's capitalised article are no
 * part of the title: "Production on The Hollow Hour", "Work on The Long Field" (a title's inner article is
 * written small: "Return of the Jedi"). The run from that article on, or the run itself.
 */
export function afterOpeningPhrase(text: string, tokens: Token[], run: Run, sentenceStarts: Set<number>): Run {
  if (!sentenceStarts.has(run.first)) return run;
  for (let k = run.first + 1; k + 1 < run.last; k++) {
    if (/^\p{Lu}/u.test(tokens[k]!.text)) return run;
    if (/^(?:The|A|An)$/.test(tokens[k + 1]!.text)) return runOf(text, tokens, k + 1, run.last);
  }
  return run;
}

/**
 * "Supper at Marlow’s won", "Dinner at Tiffany’s.": a title ending "at/from NAME’s" names a shop or
 * restaurant and keeps its ’s, which the run left off. Not when a noun follows the possessive ("at Marlow’s
 * new show"): there the name owns what follows, and the title ends before "at".
 */
export function withPlaceOwner(text: string, tokens: Token[], run: Run): Run {
  const e = run.last;
  const owner = tokens[e + 1];
  if (e - run.first < 2 || !/^(?:at|from)$/.test(tokens[e - 1]!.normal) || !owner || !POSSESSIVE_ENDING.test(owner.text) || owner.start !== tokens[e]!.end) return run;
  const after = tokens[e + 2];
  // (A title never stops on an owner without its ’s: there "at NAME’s …" says where the work is set, after the title.)
  if (after && /^[\p{L}\d]/u.test(after.text) && /^(?:NOUN|PROPN|ADJ|NUM)$/.test(after.pos)) return runOf(text, tokens, run.first, e - 2);
  return runOf(text, tokens, run.first, e + 1);
}

/**
 * A run without "in" and a year in figures at its end ("produced Harbour Lights in 1998"): a title keeps a date
 * word ("Never on Sunday") but hardly ever "in" and a year, which say when the work was made.
 */
export function withoutYearAfter(text: string, tokens: Token[], run: Run): Run {
  const e = run.last;
  if (e - run.first >= 2 && tokens[e - 1]!.normal === 'in' && /^(?:1[89]|20)\d\d$/.test(tokens[e]!.text)) return runOf(text, tokens, run.first, e - 2);
  return withoutTimePhraseAfter(text, tokens, run);
}

/**
 * An unquoted title ends before a time phrase run on to it: "shooting the thriller Cold Harbor in October" (not
 * "Cold Harbor in October"), "… Salt Road on Friday". A quoted title keeps its words ("“Summer in February”").
 */
function withoutTimePhraseAfter(text: string, tokens: Token[], run: Run): Run {
  if (/["“‘']$/u.test(text.slice(Math.max(0, run.start - 1), run.start))) return run;
  // Only where the time phrase can say when the work is made or shown: after a verb of shooting or release
  // ("begins shooting X in October", "opens X on Friday"), or where the title's own verb does not follow
  // ("The film Eight Days in May won …" keeps its month).
  const next = tokens[run.last + 1];
  if (!MAKING_OR_SHOWING_BEFORE.test(text.slice(Math.max(0, run.start - 60), run.start)) && next && /^(?:VERB|AUX)$/.test(next.pos)) return run;
  // (Two words at least before it: a one-word title keeps its day, "Never on Sunday".)
  for (let k = run.first + 2; k < run.last; k++) {
    if (!['in', 'on', 'at', 'until', 'by', 'from', 'this', 'next', 'last'].includes(tokens[k]!.normal)) continue;
    const when = tokens[k + 1]!;
    const rest = tokens.slice(k + 2, run.last + 1);
    if ((isMonth(when.normal) || isDayWord(when.normal)) && rest.every((t) => /^\d+$/.test(t.text) || t.text === ',')) return runOf(text, tokens, run.first, k - 1);
  }
  return run;
}

// A verb of shooting, making or showing a work, maybe with "the" and a kind word, right before a title.
const MAKING_OR_SHOWING_BEFORE = /\b(?:shoot|shoots|shooting|shot|filming|filmed|wrap|wraps|wrapping|wrapped|release|releases|releasing|released|open|opens|opening|opened|premiere|premieres|premiering|premiered|screen|screens|screening|screened|debut|debuts|debuting|debuted|direct|directs|directing|produce|produces|producing|start|starts|starting|begin|begins|beginning|finish|finishes|finishing)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;

/**
 * "will play the late singer Ana Ruiz in Salt Road": after a verb of playing a part, a name of two or three words
 * and "in" open the run; the title is what follows "in" (the name is the part played).
 */
export function afterPlayedPart(text: string, tokens: Token[], run: Run): Run {
  if (!PLAYED_BEFORE.test(text.slice(Math.max(0, run.start - 60), run.start))) return run;
  for (let k = run.first + 2; k <= run.first + 3 && k < run.last; k++) {
    if (tokens[k]!.normal !== 'in') continue;
    if (tokens.slice(run.first, k).every((t) => /^\p{Lu}[\p{L}'’-]*$/u.test(t.text))) return runOf(text, tokens, k + 1, run.last);
    return run;
  }
  return run;
}

const PLAYED_BEFORE = /\b(?:play|plays|played|playing|portray|portrays|portrayed|portraying)\s+(?:(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,3})?$/u;

/**
 * Whether tokens s..e end "in/on DATE" ("in March", "on Friday", "in 1989") after a known title: the date
 * is no part of it. An unknown title keeps its date word ("Never on Sunday").
 */
export function knownTitleBeforeDate(text: string, tokens: Token[], s: number, e: number): boolean {
  if (e - s < 2 || !/^(in|on)$/.test(tokens[e - 1]!.normal)) return false;
  const date = tokens[e]!;
  if (!isDayWord(date.normal) && !isMonth(date.normal) && !/^(?:1[89]|20)\d\d$/.test(date.text)) return false;
  const title = text.slice(tokens[s]!.start, tokens[e - 2]!.end);
  return mayBeKnownTitle(text, tokens[s]!.start, tokens[e - 2]!.end) && films().byName.has(key(title));
}

/** Whether tokens s..e overlap a span of `taken` (pairs of first and last token, flat). */
export function overlapsTaken(taken: number[], s: number, e: number): boolean {
  for (let k = 0; k < taken.length; k += 2) if (s <= taken[k + 1]! && e >= taken[k]!) return true;
  return false;
}

/**
 * Candidate sub-spans of a run, longest first (then leftmost first), each starting and ending on a
 * capitalised word: the whole run, and the parts no longer than `longest` characters besides spaces (a
 * part can only be a known title). Without that bound a run of a few thousand capitalised words (a
 * list of names) took minutes: every part of it, sliced and folded. As first and last token in one flat
 * array: a pair and a generator result for each of many spans were most of the stage's garbage.
 */
export function subRuns(tokens: Token[], run: Run, longest: number): number[] {
  // A run of one word (most runs) is its only span, when it may open a title (what may open one may end one).
  // (startsUpperOrDigit is /^[\p{Lu}\d]/u without a new RegExp object per call.)
  if (run.first === run.last) return startsUpperOrDigit(tokens[run.first]!.text) ? [run.first, run.last] : [];
  // Which tokens may start or end a span, tested once each; spans come out in order, with no list to sort.
  const mayStart: boolean[] = [];
  const mayEnd: boolean[] = [];
  // Characters of the run's tokens before each one (tokens hold no spaces).
  const before: number[] = [0];
  for (let k = run.first; k <= run.last; k++) {
    mayStart.push(startsUpperOrDigit(tokens[k]!.text));
    mayEnd.push(startsUpperOrDigit(tokens[k]!.text) || tokens[k]!.text.startsWith('!'));
    before.push(before[before.length - 1]! + tokens[k]!.text.length);
  }
  const whole = run.last - run.first;
  const spans: number[] = [];
  if (mayStart[0] && mayEnd[whole]) spans.push(run.first, run.last);
  // Every token has a character at least: a part of more than `longest` tokens is never short enough.
  for (let length = Math.min(whole, longest) - 1; length >= 0; length--) {
    for (let i = 0; i + length <= whole; i++) {
      if (mayStart[i] && mayEnd[i + length] && before[i + length + 1]! - before[i]! <= longest) spans.push(run.first + i, run.first + i + length);
    }
  }
  return spans;
}
