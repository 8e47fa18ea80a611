// Programmes spoken on, hosted or told ("said on “Meet the Press.”", "told “Morning Desk,” adding"): the title of a show, not speech.
import type { Paragraph } from '../types.js';
import type { MarkedSpan } from '../text/quotation-marks.js';
import { isCueVerbForm } from '../lexicon/cues.js';
import { invertedCueAfter } from './inverted-cue-after.js';

/** A title after "told" is the programme told, when a quotation precedes the frame or a clause follows the title. */
export function programmeTold(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  const before = text.slice(Math.max(paragraph.start, span.open - 50), span.open);
  if (!TOLD_BEFORE.test(before)) return false;
  if (AFTER_PROGRAMME_TOLD.test(text.slice(span.close + 1, span.close + 30))) return true;
  // ("“We will win,” Vance told “Morning Desk.”": the words spoken are the quotation before.)
  return /[”"]/.test(before);
}

export const PROGRAMME_BEFORE = /(?:\b(?:said|says|told|tells|telling|appeared|appears|appearing|Appearing|speaking|Speaking|spoke|interview|interviewed|remarks|comments|judge|judging|compete|competed|competing|performed|performing|guest|aired|airs|airing)(?:\s+\S+)?\s+on(?:\s+[\p{Lu}][\p{L}.&-]*(?:['’]s)?){0,3}|\b(?:host|hosts|anchor|creator|star|cast|episode|tune|set|close|finale|end) of|\b(?:interview|interviews|interviewed|appearance) with)\s*$/u;

/** "told" with no hearer before a quotation (not the passive "was told"): the programme may be the hearer. */
const TOLD_BEFORE = /(?<!\b(?:was|were|been|being|be|is|are|am|get|gets|got|getting)\s+)\b(?:told|tells|telling)\s*$/u;

/** What follows a programme told to: a participle, "that", or where and when ("told “Morning Desk,” adding …", "told “Newsline” on Sunday"). */
const AFTER_PROGRAMME_TOLD = /^\s*,?\s*(?:\p{Ll}+ing|that|on|in|last|this|earlier|after|before|during|when|while)\b/u;

/**
 * A title ending in "!" right after "on" ("appeared on “Jimmy Kimmel Live!” on Wednesday"): programmes keep
 * their mark, so "!" is no sign of speech there unless a cue follows ("“Go on!” said Lee", "… on “Now!” she said").
 */
export function exclaimedProgrammeOn(text: string, span: MarkedSpan, before: string): boolean {
  if (!/\bon\s*$/.test(before) || !PROGRAMME_BEFORE.test(before)) return false;
  if (invertedCueAfter(text, span)) return false;
  const cue = CUE_AFTER.exec(text.slice(span.close + 1, span.close + 60));
  return !(cue && isCueVerbForm(cue[1]!.toLowerCase()));
}

/** The verb of a clause right after the mark, maybe after its subject: ", said Lee", " she said", " Lee added". */
const CUE_AFTER = /^\s*,?\s*(?:(?:he|she|they|we|I|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s+)?(\p{L}+)\b/u;
