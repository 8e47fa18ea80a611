import type { ExtractedQuote } from '../types.js';
import { lookupOutlet } from '../lexicon/outlets.js';
import { withoutQuotations, type SentencePlace } from './occasion-shift.js';

/**
 * "The lawsuit says the players were “treated like furniture” and that the club withheld their wages, according
 * to Reuters.": a sentence closed by "according to" a known outlet reports its own speaker's words as that outlet
 * carried them. Each quote of the sentence with a cue of its own there (not the "according to" itself), a
 * speaker other than an outlet and no outlet yet gets it. Runs after the carries, filling only empty outlets.
 */
export function giveTrailingAccordingOutlets(quotes: ExtractedQuote[], text: string, place: SentencePlace): void {
  // (Most articles have no "according to" at all.)
  if (!text.includes('according to') && !text.includes('translated by')) return;
  for (const q of quotes) {
    if (q.outlet || q.cue_start === null || q.speaker_kind === 'outlet' || /^according\b/i.test(q.cue ?? '')) continue;
    const s = place.sentenceAt(q.cue_start);
    // (From the cue on, the quote's own span included: an indirect report may run on to the phrase.)
    const after = Math.max(q.cue_start, q.cue_end ?? q.cue_start);
    if (after >= s.end) continue;
    const outlet = trailingAccordingOutlet(text.slice(after, s.end));
    if (outlet) q.outlet = outlet;
  }
}

/** The known outlet named by ", according to (the) NAME" closing a sentence's tail, outside quotation marks; or null. */
function trailingAccordingOutlet(tail: string): string | null {
  const m = TRAILING_ACCORDING.exec(withoutQuotations(tail));
  const name = m?.slice(1).find((g) => g !== undefined);
  return name ? lookupOutlet(name) : null;
}

/**
 * ", according to the Gazette." at the end: the name in capitalised words (and small linking words inside). A
 * translation or transcript by the outlet names it too (", according to a translation by Reuters.", ", according
 * to an Associated Press translation.", " in remarks translated by CNN.", ", as translated by Reuters."): the
 * words reached readers through it.
 */
const OUTLET_NAME = String.raw`(?:the\s+)?(\p{Lu}[\p{L}\d&.'’-]*(?:\s+(?:of\s+|the\s+)?\p{Lu}[\p{L}\d&.'’-]*){0,4})`;
// (Maybe of what was rendered: "an Associated Press translation of the speech", "a transcript of his remarks".)
const RENDERING = String.raw`(?:translation|transcript|transcription)(?:\s+of\s+(?:the|his|her|their|its|a|an)\s+\p{Ll}+(?:\s+\p{Ll}+)?)?`;
const TRAILING_ACCORDING = new RegExp(
  String.raw`(?:,\s+according to (?:(?:a|an|the)\s+${RENDERING}\s+(?:by|from|provided by)\s+)?${OUTLET_NAME}|,\s+according to (?:a|an|the)\s+${OUTLET_NAME}\s+${RENDERING}|,?\s+(?:in (?:remarks|comments) translated by|as translated by)\s+${OUTLET_NAME})\s*[.!?]?\s*$`,
  'u',
);
