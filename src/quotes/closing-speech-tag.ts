import type { Token } from '../types.js';
import { cueLexicon } from '../lexicon/cues.js';

/**
 * Whether tokens[from, last] end in a speech tag set off by a comma: "…, the studio said." or "…, said the
 * studio." Such a sentence is the tag's speaker's report, whatever asides it holds ("The deal, first reported by
 * the Ledger, was signed on Friday, the studio said": the outlet in the aside only reported the deal first).
 */
export function endsInSpeechTag(tokens: readonly Token[], from: number, last: number): boolean {
  const speech = cueLexicon().speech;
  let end = last;
  while (end > from && tokens[end]!.pos === 'PUNCT') end--;
  // (A tag is short: a few words, no verb but its cue.)
  for (let k = end; k > from && k > end - 7; k--) {
    if (tokens[k]!.text !== ',') continue;
    const tag = tokens.slice(k + 1, end + 1);
    const verbs = tag.filter((t) => t.pos === 'VERB' || t.pos === 'AUX');
    const cueAtEdge = speech.has(tag[tag.length - 1]?.lemma ?? '') || speech.has(tag[0]?.lemma ?? '');
    return tag.length >= 2 && cueAtEdge && verbs.length === 1;
  }
  return false;
}
