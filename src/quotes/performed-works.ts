// Songs and pieces named by what is done with them ("the lullaby she sings, “…”", "their hymn, “…”"): a work's title, not speech.
import type { Paragraph } from '../types.js';
import type { MarkedSpan } from '../text/quotation-marks.js';
import { cueLexicon } from '../lexicon/cues.js';

/**
 * A song or poem named after a relative clause on its kind noun, set off by a comma: "the lullaby her
 * character sings in the final reel, “…”", "the hymn that they sang at the funeral, “…”". The words are the
 * work's title (or its own words), not the speech of anyone the sentence names.
 */
export function namedAfterPerformance(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  const before = PERFORMED_WORK_BEFORE.exec(text.slice(Math.max(paragraph.start, span.open - 100), span.open));
  // The kind noun is one of the few words before the verb: "the lullaby her character sings".
  return !!before && before[1]!.toLowerCase().split(/\s+/).some((w) => cueLexicon().sungWorkNouns.has(w));
}

/** Up to five words, a verb of performing a work, up to five words more, then a comma. */
const PERFORMED_WORK_BEFORE = /(?:^|\s)((?:[\p{L}'’-]+\s+){1,5})(?:sings|sang|sung|singing|sing|hums|hummed|humming|hum|recites|recited|reciting|recite|performs|performed|performing|perform|whistles|whistled)(?:\s+[\p{L}'’-]+){0,5}\s*,\s*$/u;

/** A song's kind noun right before the marks, maybe with a comma: "played the anthem “…”", "their hymn, “…”". */
export function sungWorkRightBefore(before: string): boolean {
  const noun = /(\p{L}+)\s*,?\s*$/u.exec(before)?.[1]?.toLowerCase();
  return !!noun && cueLexicon().sungWorkNouns.has(noun);
}
