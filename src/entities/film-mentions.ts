// Every bare mention of an established title, with its kind (film or TV) and year, and the word scans that find them.
import type { FilmEntity, Mention } from '../types.js';
import { namedAsContestShow } from './contest-shows.js';
import { PERSON_POSSESSIVES, alternatives } from '../nlp/words.js';
import { genderOfFirstName } from '../nlp/names.js';
import { airedOnNetworkAfter } from './aired-titles.js';
import { FILM_WORD_BEFORE, namedAsTelevision, networkSpecialAround, programmeWordBeside, renewedForSeason, seasonsOrNetworkCancelled, televisionApposition } from './television-kind.js';
import { type Established, type EstablishedTitle } from './established-titles.js';

/** Bare mentions of every established surface form (and of its aliases the article uses). */
export function filmsMentioned(text: string, found: Established): FilmEntity[] {
  const result: FilmEntity[] = [];
  const formsOf = (entry: EstablishedTitle) => {
    const forms = new Set<string>(entry.surface);
    if (entry.fact) for (const alias of [entry.fact.title, ...entry.fact.aliases]) if (alias.includes(' ') || alias.length > 3) forms.add(alias);
    return [...forms];
  };
  // Many titles (a list article): every form's occurrences from one pass over the text's words, not a
  // scan of the whole text for each.
  const occurrences = found.size > 32 ? occurrencesOf(text, [...found.values()].flatMap(formsOf)) : null;
  for (const entry of found.values()) {
    // "Reeves plays John Wick": a title right after a role cue names the character, not the film.
    const mentions = findAll(text, formsOf(entry), occurrences).filter((m) => !ROLE_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) && !surnameAfterGivenName(text, m));
    if (!mentions.length) continue;
    const aliases = [...new Set(mentions.map((m) => m.text))].filter((a) => a !== entry.title);
    result.push({
      title: entry.title,
      aliases,
      year: entry.fact?.year ?? yearNear(text, mentions) ?? null,
      kind: entry.fact?.kind ?? (mentions.some((m) => namedAsTelevision(text, m.start) || networkSpecialAround(text, m.start, m.end) || renewedForSeason(text, m.start, m.end) || seasonsOrNetworkCancelled(text, m.start, m.end) || namedAsContestShow(text, m.start) || programmeWordBeside(text, m.start, m.end) || televisionApposition(text, m.end) || (airedOnNetworkAfter(text, m.end) && !FILM_WORD_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)))) ? 'tv' : 'film'),
      mentions,
    });
  }
  return result;
}

/**
 * "the singer Nina Vale in the biopic “Vale”": a one-word title right after a known given name is that person's
 * surname, no mention of the film (a biopic is often titled with its subject's name).
 */
function surnameAfterGivenName(text: string, m: Mention): boolean {
  if (/\s/.test(m.text)) return false;
  const given = GIVEN_NAME_BEFORE.exec(text.slice(Math.max(0, m.start - 30), m.start))?.[1];
  return !!given && genderOfFirstName(given) !== 'unknown';
}

const GIVEN_NAME_BEFORE = /(?<![\p{L}'’.-])(\p{Lu}\p{Ll}+)[ \t]+$/u;

const ROLE_BEFORE = new RegExp(String.raw`\b(?:play(?:s|ed|ing)?|portray(?:s|ed|ing)?|voic(?:es|ed|ing)|(?:stars?|starred|starring|cast|returns?|returned|returning|reprises?|reprised|reprising|appears?|appeared)\s+(?:(?:${alternatives(PERSON_POSSESSIVES)})\s+role\s+)?as|role\s+(?:of|as)|character(?:\s+of)?|\p{Lu}\p{Ll}+\s+as)\s+(?:the\s+)?$`, 'u');

/**
 * Every whole-word occurrence of the forms, longest forms first, none overlapping another. `occurrences`,
 * when given, holds where forms stand (from occurrencesOf); a form it lacks is searched for in the text.
 */
function findAll(text: string, forms: string[], occurrences: Map<string, number[]> | null = null): Mention[] {
  const mentions: Mention[] = [];
  const sorted = forms.filter(Boolean).sort((a, b) => b.length - a.length);
  for (const form of sorted) {
    const at = occurrences?.get(form) ?? null;
    let from = 0;
    for (let n = 0; ; n++) {
      let i: number;
      if (at) {
        while (n < at.length && (at[n]! < from || !text.startsWith(form, at[n]!))) n++;
        i = n < at.length ? at[n]! : -1;
      } else {
        i = text.indexOf(form, from);
      }
      if (i < 0) break;
      from = i + form.length;
      const before = text[i - 1] ?? ' ';
      const after = text[i + form.length] ?? ' ';
      if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
      if (mentions.some((m) => i < m.end && i + form.length > m.start)) continue;
      mentions.push({ start: i, end: i + form.length, text: form });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

const WORD_UNIT = /[\p{L}\p{N}]/u;

/** The letters and digits a form starts with, one UTF-16 unit at a time (as findAll tests its edges). */
function leadingWord(form: string): string {
  let k = 0;
  while (k < form.length && WORD_UNIT.test(form[k]!)) k++;
  return form.slice(0, k);
}

/**
 * Where each form that starts with a letter or digit stands in the text, in text order: at every start of
 * the form's first word, the text of each length the forms with that first word have, looked up.
 */
function occurrencesOf(text: string, forms: string[]): Map<string, number[]> {
  const byFirstWord = new Map<string, { forms: Set<string>; lengths: Set<number> }>();
  for (const form of forms) {
    const first = leadingWord(form);
    if (!first) continue;
    const group = byFirstWord.get(first) ?? { forms: new Set<string>(), lengths: new Set<number>() };
    group.forms.add(form);
    group.lengths.add(form.length);
    byFirstWord.set(first, group);
  }
  const out = new Map<string, number[]>();
  for (const group of byFirstWord.values()) for (const form of group.forms) out.set(form, []);
  for (const [word, positions] of wordStarts(text)) {
    const group = byFirstWord.get(word);
    if (!group) continue;
    for (const at of positions) {
      for (const length of group.lengths) {
        const candidate = text.slice(at, at + length);
        if (group.forms.has(candidate)) out.get(candidate)!.push(at);
      }
    }
  }
  return out;
}

/** Where each word (a run of letters and digits) of the text starts, by the word. */
function wordStarts(text: string): Map<string, number[]> {
  const starts = new Map<string, number[]>();
  let k = 0;
  while (k < text.length) {
    if (!WORD_UNIT.test(text[k]!)) {
      k++;
      continue;
    }
    const from = k;
    while (k < text.length && WORD_UNIT.test(text[k]!)) k++;
    const word = text.slice(from, k);
    const list = starts.get(word);
    if (list) list.push(from);
    else starts.set(word, [from]);
  }
  return starts;
}

function yearNear(text: string, mentions: Mention[]): number | null {
  for (const m of mentions) {
    const y = YEAR_AFTER.exec(text.slice(m.end, m.end + 10)) ?? YEAR_BEFORE_KIND.exec(text.slice(Math.max(0, m.start - 60), m.start));
    if (y) return Number(y[1]);
  }
  return null;
}

// "“The Salt Orchard” (2019)": the year in brackets after the title, its closing mark between.
const YEAR_AFTER = /^[”"’']?\s*\(((?:19|20)\d\d)\)/u;
// "whose 2019 drama “The Salt Orchard”", "her 2021 Netflix documentary “Tide”": a year before the kind of work
// right before the title dates it (at most two words between, none an article or possessive: "in 2019 the film …"
// dates something else).
const YEAR_BEFORE_KIND = /\b((?:19|20)\d\d)\s+(?:(?!(?:the|a|an|his|her|their|its)\s)[\p{L}-]+\s+){0,2}(?:film|movie|documentary|biopic|drama|comedy|thriller|feature|musical|western|sitcom|series|miniseries)[\s,]*["“‘']?$/u;

/** The mentions that lie inside a longer one, in one sweep by start (a pairwise test was quadratic). */
export function mentionsInsideLonger(mentions: Mention[]): Set<Mention> {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const inside = new Set<Mention>();
  let endBefore = -1; // the furthest end of the mentions that start before the current start
  let groupStart = -1;
  let groupEnd = -1; // the furthest end of the mentions that start where the current one does
  for (const m of sorted) {
    if (m.start !== groupStart) {
      endBefore = Math.max(endBefore, groupEnd);
      groupStart = m.start;
      groupEnd = m.end;
    }
    if (endBefore >= m.end || groupEnd > m.end) inside.add(m);
  }
  return inside;
}
