/**
 * "… a text message at 5am. “No email,” she said": wink keeps a clock time written glued ("5am.", "10.30pm.",
 * "7:15pm.") and its full stop as one token, which no splitter reads as a sentence end before a quotation, so
 * the report before runs into the quotation and is lost. Before a capitalised word or a quotation mark (or at
 * the text's end) the time is a word and its full stop ends the sentence; "at 5am. on Friday" stays one.
 */
export function clockTimeBeforeGluedStop(value: string, after: string | undefined): { pos: string; lemma: string } | undefined {
  if (!CLOCK_TIME_WITH_STOP.test(value)) return undefined;
  return after === undefined || /^[\p{Lu}"“‘']/u.test(after) ? { pos: 'NUM', lemma: value.slice(0, -1).toLowerCase() } : undefined;
}

// An hour (with its minutes after "." or ":"), "am" or "pm" glued to it, and a full stop.
const CLOCK_TIME_WITH_STOP = /^\d{1,2}(?:[.:]\d{2})?[ap]m\.$/i;
