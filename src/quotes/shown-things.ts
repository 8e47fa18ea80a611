import type { Paragraph } from '../types.js';
import type { MarkedSpan } from '../text/quotation-marks.js';
import type { Attribution } from './attribution.js';
import { cueLexicon, isCueVerbForm } from '../lexicon/cues.js';

// A word that may name the written thing: "a sign", "placards", "his T-shirt".
const THING = /[\p{L}-]+/gu;

/**
 * Words shown on a written thing the clause before the colon names, with no cue of its own after it: "He
 * posted a photo of a sign taped to the door: “Closed — Stay Cool!”", "She held up a placard: “…”". The
 * thing carries the words; the poster or holder does not speak them (a caption is the poster's own,
 * own_caption_nouns). A cue after the thing is the quotation's own: "held up a sign and shouted: “…”"; a
 * comma ends the thing's clause: "Under a banner, the mayor said: “…”".
 */
export function shownOnAThing(text: string, span: MarkedSpan, attribution: Attribution | null, paragraph: Paragraph): boolean {
  const window = text.slice(Math.max(paragraph.start, span.open - 200), span.open);
  if (!/:\s*$/.test(window)) return false;
  const offset = span.open - window.length;
  const sentence = window.slice(Math.max(0, ...[...window.matchAll(/[.!?][”"’]?\s+(?=\p{Lu})/gu)].map((m) => m.index! + m[0].length)));
  const sentenceStart = offset + window.length - sentence.length;
  const { inscriptionNouns: nouns, ownCaptionNouns } = cueLexicon();
  let last: RegExpExecArray | null = null;
  for (const m of sentence.matchAll(THING)) if (nouns.has(m[0].toLowerCase())) last = m as RegExpExecArray;
  // (A caption is the poster's own words: "posted a photo with the caption: “…”".)
  if (!last || ownCaptionNouns.has(last[0].toLowerCase())) return false;
  const thingEnd = sentenceStart + last.index + last[0].length;
  const tail = text.slice(thingEnd, span.open);
  if (tail.length > 90 || /[,;—–]/.test(tail.replace(/:\s*$/, ''))) return false;
  // The thing ends its noun phrase: a preposition or participle follows, or the colon ("a sign taped to …",
  // "placards outside …"); not "the sign idea:", where it only modifies the noun after it.
  if (!/^\s*(?::|(?:of|on|in|at|to|from|with|outside|inside|above|over|under|by|near|behind|beside|for)\b|[\p{L}-]+(?:ed|ing)\b)/u.test(tail)) return false;
  if (tail.split(/[^\p{L}'’-]+/u).some((w) => w && isCueVerbForm(w))) return false;
  // The quotation's cue must not come after the thing either (a cue after the quotation is its own).
  return !attribution || attribution.frame.cueStart < thingEnd;
}
