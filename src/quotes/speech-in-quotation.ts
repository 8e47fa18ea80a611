import type { MarkedSpan } from '../types.js';
import { cueLexicon } from '../lexicon/cues.js';
import type { TokenView } from './frame.js';

/**
 * "‘She said, “Take it,”’ Lee said": words the quoted speaker reports someone saying, after a speech tag inside
 * the quotation, are part of that quotation, no quote of their own (the gold sets annotate only the outer one in
 * all of some 20 such quotations). `index` is the span's place in `marked` (in order of opening).
 */
export function speechInQuotation(view: TokenView, marked: readonly MarkedSpan[], index: number): boolean {
  const m = marked[index]!;
  for (let k = index - 1; k >= 0 && marked[k]!.paragraph === m.paragraph; k--) {
    const outer = marked[k]!;
    if (outer.open < m.open && m.close < outer.close) return afterSpeechTag(view, m.open);
  }
  return false;
}

/** The words right before the mark at `open` are a speech tag: "She said, ", "He told me: ". */
function afterSpeechTag(view: TokenView, open: number): boolean {
  const tokens = view.tokens;
  let k = view.tokenAtOrAfter(open) - 1;
  if (!/^[,:]$/.test(tokens[k]?.text ?? '')) return false;
  k--;
  // ("told me", "asked us": the hearer after the verb.)
  if (tokens[k]?.pos === 'PRON' && tokens[k - 1]?.pos === 'VERB') k--;
  return tokens[k]?.pos === 'VERB' && cueLexicon().speech.has(tokens[k]!.lemma);
}
