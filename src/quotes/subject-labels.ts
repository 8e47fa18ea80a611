// A label in quotation marks inside the noun phrase that opens a sentence: the writer's name for the thing the sentence is about.
import type { Paragraph } from '../types.js';
import type { MarkedSpan } from '../text/quotation-marks.js';

/** The sentence so far is only a determiner, maybe with "so-called": "The ", "Its so-called ". */
const OPENING_DETERMINER = /(?:^|[.!?]["”’]?\s+)(?:The|A|An|Its|Their|This|That|These|Those|Our|His|Her)\s+(?:so-called\s+)?$/u;

/**
 * Short quoted words right after the determiner that opens their sentence, the noun phrase or the clause
 * going on in small letters after the closing mark: "The “safe passage plan” for the estuary will be
 * reviewed, officials said", "The so-called “quiet hours” rule ends in May". A name the writer sets apart
 * for what the sentence is about (a scare quote), not words anyone is quoted saying, whatever frame closes
 * the sentence: the clause is reported, the label is no partial quote. (Words that end in a comma or stop
 * before their frame are spoken: "The “best day of my life,” she said".)
 */
export function labelOpeningSubject(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  const quoted = text.slice(span.start, span.end).trim();
  if (!quoted || /[,.;:!?…]$/.test(quoted) || quoted.split(/\s+/).length > MAX_LABEL_WORDS) return false;
  if (!OPENING_DETERMINER.test(text.slice(openingTailStart(text, paragraph.start, span.open), span.open))) return false;
  return /^\s+\p{Ll}/u.test(text.slice(span.close + 1, span.close + 3));
}

/**
 * Where OPENING_DETERMINER's match can begin in text[from, to): it ends at `to`, and after its stop and closing
 * mark it is only spaces and letters ("The ", " Its so-called "), so it starts at most two characters before the
 * run of spaces, letters and hyphens that ends at `to`. Testing from there, not from the paragraph's start, keeps
 * a paragraph with thousands of quotations linear (bench shape "quoted titles"); the answer is the same, since
 * the cut falls after a character that is no letter or space, where "^" then a determiner cannot match.
 */
function openingTailStart(text: string, from: number, to: number): number {
  let k = to;
  while (k > from && TAIL_CHAR.test(text[k - 1]!)) k--;
  return Math.max(from, k - 2);
}
const TAIL_CHAR = /^[\sA-Za-z-]$/u;

// A label is a few words; a longer stretch in the marks may be someone's sentence fragment.
const MAX_LABEL_WORDS = 5;
