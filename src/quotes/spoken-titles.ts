// Whether a title-like quotation is a work's title or words a person speaks ("won praise for “…,” his spokesman said").
import type { Paragraph, QuoteType } from '../types.js';
import type { MarkedSpan } from '../text/quotation-marks.js';
import type { Attribution } from './attribution.js';
import { characterisedObjectBefore, listedAfterTitle, looksLikeTitle, performedTitle, predicateRightBefore, prizeForTitle, titledEarlier } from './titled-works.js';
import { sportsSideSubject } from './game-result.js';
import { isCueVerbForm } from '../lexicon/cues.js';
import { isPersonNounOrSingular } from '../lexicon/person-nouns.js';
import { workWords } from '../lexicon/work-words.js';
import { namingVerbAlternation } from '../lexicon/naming-verbs.js';
import { sungWorkRightBefore } from './performed-works.js';
import { HIT_BEFORE, WORK_BEFORE } from './work-title-context.js';

/**
 * A title-case phrase of two words or more, quoted in part of a sentence whose cue does not hand it to a
 * person as their words: "a fan of “Harbour Nights Live”, she said" names a work. (A last word ending in
 * ".", "!" or "?" closes a sentence someone spoke; "“Standing Firm,” his spokesman said" is his.)
 */
export function unspokenTitlePartial(text: string, span: MarkedSpan, quoted: string, words: string[], type: QuoteType, attribution: Attribution, paragraph: Paragraph): boolean {
  // (A judgement of an object a verb of calling takes is someone's words: "Ryder called the plan “Deeply Flawed,”".)
  return type === 'partial' && words.length >= 2 && !/[.!?]$/.test(words[words.length - 1]!) && !spokenPhraseHandedToPerson(text, span, quoted, attribution, paragraph) && !characterisedObjectBefore(text, span.open, paragraph.start);
}

/** A later title in a list after one the sentence introduces as a work: "hits such as “…” and “…”". */
export function listedAfterIntroducedTitle(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  return listedAfterTitle(text, span, paragraph, (open) => titleIntroducedAt(text, open, paragraph.start) && looksLikeTitle(quotedAt(text, open)));
}

/**
 * A title the article introduced earlier ("won … for “Salt Line,”"), repeated with no speaker framing it
 * ("sang “Salt Line” together"): the work again, not words spoken.
 */
export function repeatedTitleNobodySpeaks(text: string, span: MarkedSpan, quoted: string, attribution: Attribution | null): boolean {
  return !spokenBySpeaker(text, span, quoted, attribution) && titledEarlier(text, span, (open) => titleIntroducedAt(text, open, 0));
}

/**
 * A speaker's cue frames the quotation as words spoken: right after it, only the speaker's phrase between
 * ("“…,” Judge Ana Ruiz said", "“…,” she said, “…”", "“…,” the coach told the team"), or before it in a
 * clause the quotation completes after a colon ("said her answer was simple: “…”").
 */
// (Why two predicates and not one: this one only lifts the "title named earlier" drop, so it is broad —
// any speaker phrase of up to 50 characters, commas allowed, or a colon clause before; the one below lifts
// the drop of every title-case partial, so it is narrow — a person right past the quotation's own comma, a
// cue that closes its clause, and no word before that introduces a title. Merged, either the broad bound
// would keep work titles or the narrow one would lose repeated titles spoken.)
function spokenBySpeaker(text: string, span: MarkedSpan, quoted: string, attribution: Attribution | null): boolean {
  const frame = attribution?.frame;
  if (!frame?.cue || (attribution!.person === null && !attribution!.pronoun)) return false;
  if (frame.cueStart > span.close) {
    const between = text.slice(span.close + 1, frame.cueStart);
    return (/,$/.test(quoted.trim()) || between.startsWith(',')) && /^,?\s+[^.!?;:“”"]{0,50}$/u.test(between);
  }
  return frame.cueEnd <= span.open && /:\s*$/.test(text.slice(frame.cueEnd, span.open)) && !/[.!?]["”’]?\s+\p{Lu}/u.test(text.slice(frame.cueEnd, span.open)) && /[.!?]$/.test(quoted.trim());
}

/**
 * A capitalised phrase handed, right past its comma, to a person who then speaks: "won praise for “Standing
 * Firm,” his spokesman said", "played “Not Our Best Game,” coach Ivan Petrov said". The person's words, unless
 * the sentence introduces them as a work's title ("the album “…,” its manager said", "a prize for “…,”").
 */
function spokenPhraseHandedToPerson(text: string, span: MarkedSpan, quoted: string, attribution: Attribution, paragraph: Paragraph): boolean {
  const frame = attribution.frame;
  if (!frame.cue || frame.cueStart <= span.close || !/,$/.test(quoted.trim())) return false;
  // The cue closes its clause, so the quotation is what was said: not "On “…,” Lee told host Ann Cole that …".
  // (An adverbial may close it instead when the quotation is a claim — a predicate, "Talks were “…,” Brandt said
  // at a briefing", or a side's result, "The side played “…,” coach Ana Ruiz said after the loss" — not when it
  // is the object of watching or voting: "Viewers voted for “…,” host Dee Lark said on Saturday".)
  const afterCue = text.slice(frame.cueEnd, frame.cueEnd + 24);
  if (!CUE_CLOSES_CLAUSE.test(afterCue) && !(ADVERBIAL_AFTER_CUE.test(afterCue) && claimBeforeMarks(text, span, paragraph))) return false;
  // The speaker's phrase alone between the comma and the cue: "…,” his spokesman said", a person or a
  // person's role ("his spokesman", not "the ministry").
  const speaker = text.slice(span.close + 1, frame.cueStart);
  if (!/^\s+[^.!?;:,“”"()]{1,50}\s$/u.test(speaker)) return false;
  if (attribution.person === null && !speaker.trim().split(/\s+/).some((w) => isPersonNounOrSingular(w.toLowerCase()))) return false;
  const before = text.slice(Math.max(paragraph.start, span.open - 60), span.open);
  return !TITLE_NAMING_BEFORE.test(before) && !WORK_BEFORE.test(before.slice(-14)) && !HIT_BEFORE.test(before) && !sungWorkRightBefore(before) && !prizeForTitle(text, span.open, paragraph.start);
}

/** Right after a cue: its clause ends, maybe after the press it was told to ("told reporters."). */
const CUE_CLOSES_CLAUSE = /^(?:\s+(?:reporters|journalists|the press|the media))?\s*(?:[.;]|,\s|$)/u;

/** Right after a cue, an adverbial of time or occasion that may close its clause ("said after the loss", "said on Sunday"). */
const ADVERBIAL_AFTER_CUE = /^\s+(?:after|before|during|following|on|at|in|later|afterwards|afterward|yesterday|today|tonight|earlier)\b/u;

/** The quotation is a claim: a predicate after "was"/"called it"/"as", or a sports side's result ("The side turned in “…”"). */
function claimBeforeMarks(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  return predicateRightBefore(text, span.open, paragraph.start) || sportsSideSubject(text, span.open, span.close, paragraph.start);
}

/** A quotation ending in a comma that a person's cue takes right past it: "opened “…,” Ana Vale said". */
export function handedRightPastComma(text: string, span: MarkedSpan, quoted: string, attribution: Attribution | null): boolean {
  const frame = attribution?.frame;
  if (!frame?.cue || frame.cueStart <= span.close || !/,$/.test(quoted.trim())) return false;
  return /^\s+[^.!?;:,“”"()]{1,50}\s$/u.test(text.slice(span.close + 1, frame.cueStart));
}

/**
 * "played" right before the marks, a sports side its subject, the phrase handed to a person's cue right past
 * its comma: "The side played “Not Our Best Game,” coach Ana Ruiz said". How a game went, in the coach's
 * words; a band's "played “…,” its singer said" names a piece. (Only the bare
 * verb: "a cover of", "hummed" and "played a few bars of" name a piece whoever speaks.)
 */
export function playedResultClaimed(text: string, span: MarkedSpan, quoted: string, attribution: Attribution | null, paragraph: Paragraph): boolean {
  if (!attribution || !/\bplay(?:ed|s|ing)\s+$/.test(text.slice(Math.max(paragraph.start, span.open - 12), span.open))) return false;
  // Only a sports side's game: what a band, an orchestra or a pianist played is a piece, whoever speaks after it.
  if (!sportsSideSubject(text, span.open, span.close, paragraph.start)) return false;
  return spokenPhraseHandedToPerson(text, span, quoted, attribution, paragraph);
}

/** A verb that names what follows: "a film titled", "a show called", "the ship named". */
const TITLE_NAMING_BEFORE = new RegExp(String.raw`\b(?:${namingVerbAlternation('work_title')})\s*,?\s*$`, 'i');

/**
 * The sentence before the opening mark at `open` makes what follows a work's title: a prize won for it, a
 * verb of performing it, the kind of work or "hit" right before, or "such as"/"including" after works counted
 * ("has written three films, including “…”").
 */
export function titleIntroducedAt(text: string, open: number, from: number): boolean {
  const before = text.slice(Math.max(from, open - 60), open);
  return prizeForTitle(text, open, from) || performedTitle(text, open, from) || WORK_BEFORE.test(before.slice(-14)) || HIT_BEFORE.test(before)
    || (/\b(?:such as|including)\s*$/.test(before) && countedWorksBefore(text, open, Math.max(from, open - 300)));
}

/** The words of the quotation whose opening mark is at `open`, split on spaces (up to 120 characters). */
function quotedAt(text: string, open: number): string[] {
  const close = text.slice(open + 1, open + 120).search(/["”]/);
  return close < 0 ? [] : text.slice(open + 1, open + 1 + close).split(/\s+/).filter(Boolean);
}

/**
 * The clause before a quoted title counts works ("bought 20 tracks, “…” among them", "songs such as “…”")
 * and no speech verb governs the quotation: "chanted several slogans, “…” among them" were spoken.
 */
export function countedWorksBefore(text: string, open: number, from: number): boolean {
  const before = text.slice(from, open);
  const sentence = before.slice(Math.max(0, before.search(/[^.!?]*$/)));
  const nouns = sentence.toLowerCase().match(/\p{L}[\p{L}-]*/gu) ?? [];
  const works = new Set(workWords('counted_works'));
  if (!nouns.some((w) => works.has(w))) return false;
  // A speech verb right before the quotation governs it: "shouted “…,” too".
  const lastWord = /(\p{L}+)[\s,:]*$/u.exec(sentence)?.[1]?.toLowerCase();
  return !(lastWord && isCueVerbForm(lastWord));
}
