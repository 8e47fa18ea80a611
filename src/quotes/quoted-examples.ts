// Quoted words given as an example ("a prompt such as “…”"): an instance the writer names, not speech.
import type { Paragraph } from '../types.js';
import type { MarkedSpan } from '../text/quotation-marks.js';
import type { Attribution } from './attribution.js';
import { exampleMarkers } from '../lexicon/example-markers.js';
import { regExpLiteral } from '../text/regexp-literal.js';

let pattern: RegExp | undefined;

/** An example marker right before the opening mark, maybe a comma between: "such as “", "like “", "for example, “". */
function markerBefore(): RegExp {
  return (pattern ??= new RegExp(String.raw`(?<![\p{L}-])(?:${exampleMarkers().map(regExpLiteral).join('|')})[\s,:]*$`, 'iu'));
}

/**
 * Whether the quotation is an example with no one to say it: no speaker and no cue frame it, and an example
 * marker stands right before it ("lets users type a prompt such as “…”"). (With a cue the words are someone's:
 * "she said phrases like “…” hurt" keeps its speaker.)
 */
export function unspokenExample(text: string, span: MarkedSpan, attribution: Attribution | null, paragraph: Paragraph): boolean {
  if (attribution) return false;
  return markerBefore().test(text.slice(Math.max(paragraph.start, span.open - 20), span.open));
}
