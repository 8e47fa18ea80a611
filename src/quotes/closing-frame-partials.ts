import type { ExtractedQuote, Paragraph } from '../types.js';
import type { MarkedSpan } from '../text/quotation-marks.js';
import type { TokenView } from './frame.js';
import type { MarkedQuote } from './continued-quotations.js';
import { cueLexicon } from '../lexicon/cues.js';
import { followsNicknameWord } from '../lexicon/naming-words.js';

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
    // A name or label in quotation marks is nobody's words: skip it, go on to any partial before it.
    if (namesALabel(text, span, view.doc.paragraphs[span.paragraph]!)) continue;
    earlier.push(index);
  }
  return earlier;
}

/**
 * A quotation that names something rather than quoting anyone: after "so-called" or a nickname word; a
 * modifier between a determiner and its noun ("the “buy local” campaign"); or set off after a slogan's
 * noun ("The slogan on the banners, “…,”").
 */
function namesALabel(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  if (followsNicknameWord(text, span, paragraph)) return true;
  const before = text.slice(Math.max(paragraph.start, span.open - 40), span.open);
  const after = text.slice(span.close + 1, span.close + 30);
  if (/(?:^|\s)(?:the|a|an|his|her|their|its|our|[\p{L}-]+['’]s)\s*$/iu.test(before) && /^\s+\p{Ll}[\p{Ll}-]*\b/u.test(after) && !/^[,.;:!?]/.test(after)) return true;
  const apposition = /((?:[\p{L}'’-]+\s+){0,4}[\p{L}'’-]+)\s*,\s*$/u.exec(before);
  const lexicon = cueLexicon();
  return !!apposition && apposition[1]!.toLowerCase().split(/\s+/).some((w) => lexicon.setPhraseNouns.has(w) || lexicon.labelNouns.has(w));
}
