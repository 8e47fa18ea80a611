import type { Token } from '../../types.js';
import { description, descriptionHead, hyphenInWord, personLike, wordBefore, type SpeakerPhrase } from '../speaker.js';
import { CONTRASTING_JOINERS, SHARE_WORDS, SUBJECT_PRONOUNS } from '../../nlp/words.js';

/** A share of people, who hold a stance as people do: "two-thirds", "a majority of tenants", "42 percent". */
export function shareOfPeople(sp: SpeakerPhrase): boolean {
  // (Not one someone else holds: "the mayor's 40 percent".)
  if (!SHARE_WORDS.test(descriptionHead(sp).split('-').pop()!) || /['’]s\b/.test(sp.name)) return false;
  // (Of people, when it says of whom: not "half of the winter".)
  const of = sp.name.split(/\s+of\s+/);
  return of.length < 2 || personLike({ ...sp, name: of[of.length - 1]! });
}

/**
 * A count or share ending at tokens[e] is the subject of the word after it: a count of people
 * (notACount), not the object of a verb or preposition before it ("won 60 percent support", "with 40
 * percent support").
 */
export function countOpensClause(tokens: Token[], e: number): boolean {
  if (notACount(tokens, e, e + 1)) return false;
  let s = e;
  while (s > 0 && s > e - 6 && (/^(NUM|DET)$/.test(tokens[s - 1]!.pos) || SHARE_WORDS.test(tokens[s - 1]!.normal) || COUNT_QUALIFIERS.has(tokens[s - 1]!.normal))) s--;
  return !/^(VERB|AUX|ADP)$/.test(tokens[s - 1]?.pos ?? '');
}

/** "most of them said", "two of us told", "nearly half of those said": a share of a group named by a pronoun. */
export function partOfGroup(tokens: Token[], cue: number, lo: number): SpeakerPhrase | null {
  const group = cue - 1;
  if (group - 2 < lo || !/^(them|us|those|you)$/.test(tokens[group]!.normal) || tokens[group - 1]!.normal !== 'of') return null;
  let s = group - 1;
  // "up to two-thirds of them": a hyphen inside the share is part of it.
  while (s > lo && (/^(DET|ADJ|NUM|NOUN|ADV|PRON)$/.test(tokens[s - 1]!.pos) || hyphenInWord(tokens, s - 1)) && !SUBJECT_PRONOUNS.test(tokens[s - 1]!.normal) && s > group - 6) s--;
  if (s === group - 1) return null;
  return description(tokens, s, group + 1);
}

/**
 * "41 said the same", "at least 2,000 said they would", "nearly eight out of 10 say", "all but two said":
 * a count of people opening its clause, the answer of so many of those asked. A year is no count ("In
 * 2015 said" is a misparse), nor is a number before a participle and its noun ("60 pledged delegates").
 */
export function countedGroup(tokens: Token[], cue: number, lo: number): SpeakerPhrase | null {
  const e = wordBefore(tokens, cue - 1, lo);
  if (e < lo || tokens[e]!.pos !== 'NUM' || notACount(tokens, e, cue)) return null;
  let s = e;
  if (tokens[s - 1]?.normal === 'of' && tokens[s - 2]?.normal === 'out' && tokens[s - 3]?.pos === 'NUM') s -= 3;
  else if (tokens[s - 1]?.normal === 'but' && /^(all|none)$/.test(tokens[s - 2]?.normal ?? '')) s -= 2;
  while (s > lo && s > e - 8 && COUNT_QUALIFIERS.has(tokens[s - 1]!.normal)) s--;
  return startsOwnClause(tokens, s, lo) && s >= lo ? description(tokens, s, e + 1) : null;
}

/**
 * A count or quantifier at tokens[s] is the subject of its own clause: it opens the sentence, or follows a
 * comma, colon or semicolon or a conjunction ("…, but most said", "while some argued").
 */
function startsOwnClause(tokens: Token[], s: number, lo: number): boolean {
  const before = tokens[s - 1];
  return s === lo || !before || /^[,;:]$/.test(before.text) || before.normal === 'and' || CONTRASTING_JOINERS.has(before.normal);
}

/**
 * The number at tokens[e], before the word at tokens[w], is no count of people: a year ("In 2015 said"
 * is a misparse), or a number before a word and its noun ("60 pledged delegates", "200 support staff").
 */
function notACount(tokens: Token[], e: number, w: number): boolean {
  return /^(1[89]|20)\d\d$/.test(tokens[e]!.text) || (tokens[e]!.pos === 'NUM' && tokens[w + 1]?.pos === 'NOUN');
}

/** Words that qualify a count: "at least", "nearly", "more than", "just over", "some". */
const COUNT_QUALIFIERS = new Set(['at', 'least', 'most', 'nearly', 'almost', 'about', 'around', 'some', 'roughly', 'over', 'under', 'more', 'fewer', 'less', 'than', 'just', 'only', 'all', 'but']);

/**
 * "Some said …", "Many say …", "all agreed that …", "Others have argued …": a quantifier alone as the
 * subject of its clause (a perfect's "have" between; not a passive's "were").
 */
export function bareQuantifier(tokens: Token[], cue: number, lo: number): SpeakerPhrase | null {
  let q = cue - 1;
  while (q > lo && ((tokens[q]!.pos === 'ADV' && !/^(all|both)$/.test(tokens[q]!.normal)) || /^(have|has|had)$/.test(tokens[q]!.normal))) q--;
  if (q < lo || !/^(some|many|most|all|both|several|few|others)$/.test(tokens[q]!.normal)) return null;
  return startsOwnClause(tokens, q, lo) ? description(tokens, q, q + 1) : null;
}

/**
 * "42% say", "nearly a third say", "just under a fifth, 19 percent, say": a share of those polled, a
 * phrase the speaker rules read as no noun phrase ("%" is a symbol, "third" an adjective).
 */
export function shareOfRespondents(tokens: Token[], cue: number, lo: number): SpeakerPhrase | null {
  let end = cue - 1;
  const apposition = tokens[end]?.text === ',';
  if (apposition) end--;
  if (end < lo || !SHARE_WORDS.test(tokens[end]!.normal)) return null;
  let s = qualifiedShareStart(tokens, end, lo);
  if (apposition) {
    // The share before the comma names the same people: "roughly half, 51 percent,".
    if (s - 2 < lo || tokens[s - 1]!.text !== ',' || !SHARE_WORDS.test(tokens[s - 2]!.normal)) return null;
    s = qualifiedShareStart(tokens, s - 2, lo);
  }
  return description(tokens, s, end + 1);
}

/** Where a share ending at tokens[end] starts, with its number and qualifiers ("just over a", "nearly two-"). */
function qualifiedShareStart(tokens: Token[], end: number, lo: number): number {
  let s = end;
  while (s > lo && s > end - 6 && (/^(NUM|DET|ADV)$/.test(tokens[s - 1]!.pos) || /^(over|under|than|more|less|fewer|about|almost|nearly|roughly)$/.test(tokens[s - 1]!.normal) || hyphenInWord(tokens, s - 1))) s--;
  return s;
}
