// Programmes spoken on, hosted or told ("said on “Meet the Press.”", "told “Morning Desk,” adding"): the title of a show, not speech.
import type { Paragraph } from '../types.js';
import type { MarkedSpan } from '../text/quotation-marks.js';

/** A title after "told" is the programme told, when a quotation precedes the frame or a clause follows the title. */
export function programmeTold(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  const before = text.slice(Math.max(paragraph.start, span.open - 50), span.open);
  if (!TOLD_BEFORE.test(before)) return false;
  if (AFTER_PROGRAMME_TOLD.test(text.slice(span.close + 1, span.close + 30))) return true;
  // ("“We will win,” Vance told “Morning Desk.”": the words spoken are the quotation before.)
  return /[”"]/.test(before);
}

export const PROGRAMME_BEFORE = /(?:\b(?:said|says|told|tells|telling|appeared|appears|appearing|speaking|spoke|interview|interviewed|remarks|comments|judge|judging|compete|competed|competing|performed|performing|guest|aired|airs|airing)(?:\s+\S+)?\s+on(?:\s+[\p{Lu}][\p{L}.&-]*(?:['’]s)?){0,3}|\b(?:host|hosts|anchor|creator|star|cast|episode|tune|set) of|\b(?:interview|interviews|interviewed|appearance) with)\s*$/u;

/** "told" with no hearer before a quotation (not the passive "was told"): the programme may be the hearer. */
const TOLD_BEFORE = /(?<!\b(?:was|were|been|being|be|is|are|am|get|gets|got|getting)\s+)\b(?:told|tells|telling)\s*$/u;

/** What follows a programme told to: a participle, "that", or where and when ("told “Morning Desk,” adding …", "told “Newsline” on Sunday"). */
const AFTER_PROGRAMME_TOLD = /^\s*,?\s*(?:\p{Ll}+ing|that|on|in|last|this|earlier|after|before|during|when|while)\b/u;
