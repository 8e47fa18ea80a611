import type { ExtractedQuote } from '../types.js';
import type { MarkedSpan } from '../text/quotation-marks.js';
import type { TokenView } from './frame.js';
import type { MarkedQuote } from './continued-quotations.js';

/**
 * "The crew “sailed at dawn” and came back “soaked to the bone,” according to Reyes." / "…, Reyes said.":
 * a frame that closes the sentence after a partial quote reports the whole sentence, so the partials
 * before it in that sentence, which found no cue of their own, are the same speaker's. Returns the
 * indexes (into `quotes`) of those earlier partials; `framed` is the partial the frame follows, `frameStart`
 * where the frame (its speaker or its cue, whichever comes first) begins.
 */
export function partialsBeforeClosingFrame(view: TokenView, quotes: ExtractedQuote[], marked: MarkedQuote[], framed: MarkedSpan, frameStart: number): number[] {
  const text = view.doc.article.text;
  // (Only a frame right after the partial: "“…,” Reyes said" or "“…,” according to Reyes".)
  if (!/^[\s,]*$/.test(text.slice(framed.close + 1, frameStart))) return [];
  const sentence = view.sentence(view.tokenAtOrAfter(frameStart));
  const earlier: number[] = [];
  for (let m = marked.length - 1; m >= 0; m--) {
    const { index, span, attribution } = marked[m]!;
    if (span.start >= framed.start) continue;
    if (view.sentence(Math.max(0, view.tokenAtOrAfter(span.open))) !== sentence || span.paragraph !== framed.paragraph) break;
    if (attribution || quotes[index]!.type !== 'partial') break;
    earlier.push(index);
  }
  return earlier;
}
