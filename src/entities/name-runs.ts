// Name runs: the capitalised runs the people stage reads, widened over a month or a particle before them and cut
// where one run holds two names ("the Nadia Petrova-Lena Holt final", "MP for Hartwell Jo Pike"). Kept apart from
// people.ts because these only reshape runs; judging whether a run is a person happens there.
import { monthAsGivenName } from '../nlp/month-given-name.js';
import type { AnalyzedArticle } from '../types.js';
import type { Run } from '../nlp/runs.js';
import { familyFirstNameEnd, genderOfFirstName, givenNameOfEitherSex, isParticle, placeAfterName } from '../nlp/names.js';
import { nameAfterOfficePlace } from '../lexicon/place-names.js';
import { endsBeforeConstituency, endsBeforePlace, nameAfterConstituency } from '../nlp/constituency.js';
import { runEndsInBody } from '../nlp/body-before-name.js';
import { initialBeforePeopleNoun } from '../nlp/initial-sentence-end.js';

/**
 * A run widened over a month's name right before it that is a given name there ("April Nwosu said", "May
 * Okonjo told"; the quote side's rule, monthAsGivenName): a sentence's first month opens no run. Not a date
 * ("In April Dunmore said …").
 */
export function withMonthGivenName(doc: AnalyzedArticle): (r: Run) => Run {
  const tokens = doc.tokens;
  return (r) => {
    const month = r.first - 1;
    if (month < 0 || tokens[r.first]!.start - tokens[month]!.end !== 1 || !monthAsGivenName(tokens, month)) return r;
    const start = tokens[month]!.start;
    return { ...r, first: month, start, text: doc.article.text.slice(start, r.end) };
  };
}

/** A run widened over the particles right before it, one space apart: "Mans" of "from Le Mans" is "Le Mans". */
export function withParticlesBefore(doc: AnalyzedArticle): (r: Run) => Run {
  const tokens = doc.tokens;
  return (r) => {
    let first = r.first;
    while (first > 0 && isParticle(tokens[first - 1]!.text) && tokens[first]!.start - tokens[first - 1]!.end === 1) first--;
    if (first === r.first) return r;
    const start = tokens[first]!.start;
    return { ...r, first, start, text: doc.article.text.slice(start, r.end) };
  };
}

/**
 * Two names joined by a hyphen ("the Nadia Petrova-Lena Holt final") are two runs: a hyphen after the first
 * word that opens a given name splits the run ("Carrie-Anne Moss", "Pryce-Owen" stay whole).
 */
export function splitAtHyphen(doc: AnalyzedArticle): (r: Run) => Run | Run[] {
  const text = doc.article.text;
  const tokens = doc.tokens;
  return (r) => {
    for (let h = r.first + 2; h < r.last; h++) {
      const t = tokens[h]!;
      if (t.text !== '-' || tokens[h - 1]!.end !== t.start || tokens[h + 1]!.start !== t.end) continue;
      if (tokens[h - 2]!.text === '-' || genderOfFirstName(tokens[h + 1]!.text) === 'unknown' || h + 1 >= r.last) continue;
      // Two given names hyphened are one given name: "Senator Anne-Sophie Marchand", "Hans-Peter Vogel" — when the
      // first opens the name; after a given name it is a surname: "the Grace Kelly-Cary Grant film" is two people.
      const isGiven = (k: number) => genderOfFirstName(tokens[k]!.text) !== 'unknown' || givenNameOfEitherSex(tokens[k]!.text);
      if (isGiven(h - 1) && !isGiven(h - 2)) continue;
      const left = { first: r.first, last: h - 1, start: r.start, end: tokens[h - 1]!.end, text: text.slice(r.start, tokens[h - 1]!.end) };
      const right = { first: h + 1, last: r.last, start: tokens[h + 1]!.start, end: r.end, text: text.slice(tokens[h + 1]!.start, r.end) };
      return [left, right];
    }
    return r;
  };
}

/** A run that goes on from a full name into a place is two: "Ted Marsh" and "South Dakota" ("the Ted Marsh South Dakota office"). */
export function splitAtPlace(doc: AnalyzedArticle): (r: Run) => Run | Run[] {
  const text = doc.article.text;
  return (r) => {
    if (r.last - r.first < 3) return r;
    const k = placeAfterName(doc.tokens.slice(r.first, r.last + 1).map((t) => t.text));
    if (k < 0) return r;
    const cut = r.first + k;
    const leftEnd = doc.tokens[cut - 1]!.end;
    const rightStart = doc.tokens[cut]!.start;
    return [{ first: r.first, last: cut - 1, start: r.start, end: leftEnd, text: text.slice(r.start, leftEnd) }, { first: cut, last: r.last, start: rightStart, end: r.end, text: text.slice(rightStart, r.end) }];
  };
}

/**
 * The text before a run with an office's field after "for" taken out, "Deputy Mayor for Housing of " read as
 * "Deputy Mayor of ": the place after the field's "of" is the office's (data/seats.json place_offices_of). The text
 * itself when no such field ends it.
 */
function withoutOfficeField(before: string): string {
  const m = /^(.*\S)\s+for\s+(?:(?:\p{Lu}[\p{L}'’-]*|and|&)\s+){1,5}(of\s+(?:the\s+)?)$/u.exec(before);
  return m ? `${m[1]} ${m[2]}` : before;
}

/**
 * A constituency written right before its representative's name, with no comma: "MP for Hartwell Jo
 * Pike" is the place "Hartwell" (then rejected as a constituency) and the person "Jo Pike". So is the
 * place of an office: "Mayor of Harrowgate Tom Fenwick".
 */
export function splitAfterConstituency(doc: AnalyzedArticle): (r: Run) => Run | Run[] {
  const text = doc.article.text;
  const tokens = doc.tokens;
  return (r) => {
    const before = text.slice(Math.max(0, r.start - 60), r.start);
    const seat = endsBeforeConstituency(before);
    if (r.last - r.first < 2 || !(seat || endsBeforePlace(before) || endsBeforePlace(withoutOfficeField(before)))) return r;
    const words = tokens.slice(r.first, r.last + 1).map((t) => t.text);
    const k = seat ? nameAfterConstituency(words) : nameAfterOfficePlace(words);
    // ("President of the Sailing Society Grace Bay": a place after a body's name is the body's, no person.)
    if (k < 0 || (!seat && runEndsInBody(tokens, r.first, r.last + 1))) return r;
    const cut = r.first + k;
    const leftEnd = tokens[cut - 1]!.end;
    const rightStart = tokens[cut]!.start;
    return [{ first: r.first, last: cut - 1, start: r.start, end: leftEnd, text: text.slice(r.start, leftEnd) }, { first: cut, last: r.last, start: rightStart, end: r.end, text: text.slice(rightStart, r.end) }];
  };
}

/** A run through an initial into a plural noun for people is two sentences' words: "Agent K." and "Officers" (initial-sentence-end.ts). */
export function splitAfterInitial(doc: AnalyzedArticle): (r: Run) => Run | Run[] {
  const text = doc.article.text;
  const tokens = doc.tokens;
  return (r) => {
    for (let k = r.first + 1; k <= r.last; k++) {
      if (!initialBeforePeopleNoun(tokens, k)) continue;
      const left = { first: r.first, last: k - 1, start: r.start, end: tokens[k - 1]!.end, text: text.slice(r.start, tokens[k - 1]!.end) };
      const right = { first: k, last: r.last, start: tokens[k]!.start, end: r.end, text: text.slice(tokens[k]!.start, r.end) };
      return [left, right];
    }
    return r;
  };
}

/**
 * A run widened over a listed family name right before it that opens a family-name-first name with it: "Park" of
 * "Park Seo-yeon said" opens a sentence, where the tagger reads it as the noun "park" and the run holds "Seo-yeon"
 * alone (familyFirstNameEnd: a family name, a capitalised syllable, a hyphen and a small-letter syllable).
 */
export function withFamilyNameBefore(doc: AnalyzedArticle): (r: Run) => Run {
  const tokens = doc.tokens;
  return (r) => {
    const family = r.first - 1;
    const end = family < 0 ? -1 : familyFirstNameEnd(tokens, family);
    if (end < 0) return r;
    // (The run may stop at the hyphen too: the small-letter syllable after it is read as a noun.)
    const last = Math.max(r.last, end - 1);
    const start = tokens[family]!.start;
    return { ...r, first: family, last, start, end: tokens[last]!.end, text: doc.article.text.slice(start, tokens[last]!.end) };
  };
}
