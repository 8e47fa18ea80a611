// An apposition after a quotation that says how its words were taken (", a post some fans read as sarcastic"): its verb is no cue of the words.
import { contextWords } from '../lexicon/context-words.js';

let pattern: RegExp | undefined;

/** ", a post (that) some fans read as …": a noun for the words, up to six words of its reader, a reading verb, then "as". */
function appositive(): RegExp {
  pattern ??= new RegExp(String.raw`^,\s+(?:a|an|one|the)\s+(?:[\p{L}-]+\s+)?(?:${contextWords('words_described_nouns').join('|')})\s+(?:(?:that|which)\s+)?(?:[^\s.;!?,]+\s+){1,6}?(${contextWords('reading_as_verbs').join('|')})\s+(?:it\s+|them\s+)?as\b`, 'iud');
  return pattern;
}

/**
 * The text offset of the reading verb in an apposition right after words quoted (its comma inside or outside the
 * closing mark), or -1: "said it was “just happy to be nominated,” a post some fans read as sarcastic" names the
 * words and how they were read; the subject of "read" did not say them. `after` is the text from the closing
 * mark on, starting at offset `at`.
 */
export function readAsVerbAfterQuote(quoted: string, after: string, at: number): number {
  const commaInside = /,\s*$/.test(quoted);
  const m = appositive().exec(commaInside ? ',' + after : after);
  if (!m) return -1;
  return at + m.indices![1]![0] - (commaInside ? 1 : 0);
}
