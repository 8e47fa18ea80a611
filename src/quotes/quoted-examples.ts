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
  const before = text.slice(Math.max(paragraph.start, span.open - 20), span.open);
  if (!markerBefore().test(before)) return false;
  return !quotativeLike(text.slice(Math.max(paragraph.start, span.open - 30), span.open)) && !sentenceAfterOpeningMarker(text, span, paragraph);
}

// "She was, like, “…”", "I'm like “…”": "like" after a form of be is the quotative that introduces speech.
const QUOTATIVE_LIKE = /(?:(?<![\p{L}-])(?:am|is|are|was|were|be|been|being)|(?<=\p{L})['’](?:m|s|re))[\s,]+like[\s,:]*$/iu;

function quotativeLike(before: string): boolean {
  return QUOTATIVE_LIKE.test(before);
}

// "For example, “We lost everything.”": a marker opening its sentence, a whole quoted sentence after it, gives
// an instance of what was said, and the quotation is speech. (Mid-sentence, "a prompt such as “…”" stays an example.)
const SENTENCE_OPENING_MARKER = /(?:^|[.!?]["”’']?\s+)(?:for example|for instance)[\s,:]*$/iu;

function sentenceAfterOpeningMarker(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  const quoted = text.slice(span.start, span.end).trim();
  return /^\p{Lu}/u.test(quoted) && /[.!?]$/.test(quoted) && SENTENCE_OPENING_MARKER.test(text.slice(paragraph.start, span.open));
}
