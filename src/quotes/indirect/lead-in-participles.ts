import type { TokenView } from '../frame.js';
import type { IndirectQuote } from './report-sentence.js';
import { isLeadInDocument } from '../../lexicon/lead-in-documents.js';
import { nounPhraseContent } from './noun-phrase-content.js';

/**
 * "In a note explaining its decision, the agency said …": in a lead-in "In a/the PIECE …," a participle on
 * the piece (data/lead-in-documents.json) with a noun object names what the piece is about, no report; the
 * clause's own report stays. (A clause after the participle, "In a note explaining that the margin was
 * small, …", still reports.)
 */
export function leadInParticiple(view: TokenView, q: IndirectQuote): boolean {
  const tokens = view.tokens;
  const cue = q.frame.cueToken;
  if (!/ing$/.test(tokens[cue]?.normal ?? '') || !isLeadInDocument(tokens[cue - 1]?.normal ?? '')) return false;
  // "In" then a determiner or possessive and maybe adjectives before the piece, at the sentence's start or after a comma.
  let k = cue - 2;
  while (k >= 0 && /^(DET|ADJ|PRON|NUM|PROPN|NOUN|PART)$/.test(tokens[k]!.pos) && tokens[k]!.normal !== 'in') k--;
  if (tokens[k]?.normal !== 'in') return false;
  const opens = k === view.sentence(k).tokenStart || tokens[k - 1]?.text === ',';
  if (!opens || !nounPhraseContent(view, q)) return false;
  // The lead-in ends at a comma right after the content.
  return tokens[view.tokenAtOrAfter(q.end)]?.text === ',';
}
