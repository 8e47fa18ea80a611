import type { ExtractedQuote, Paragraph } from '../types.js';
import { firstMarkFrom, type MarkedSpan } from '../text/quotation-marks.js';
import type { TokenView } from './frame.js';
import type { MarkedQuote } from './continued-quotations.js';
import { cueLexicon } from '../lexicon/cues.js';
import { followsNicknameWord } from '../lexicon/naming-words.js';
import { frameFor } from './quotation-frame.js';
import type { Frame } from './frame.js';

/**
 * "The crew “sailed at dawn” and came back “soaked to the bone,” according to Reyes." / "…, Reyes said.":
 * a frame that closes the sentence after a partial quote reports the whole sentence, so the partials
 * before it in that sentence, which found no cue of their own, are the same speaker's. Returns the
 * indexes (into `quotes`) of those earlier partials; `framed` is the partial the frame follows.
 */
export function partialsBeforeClosingFrame(view: TokenView, quotes: ExtractedQuote[], marked: MarkedQuote[], framed: MarkedSpan, frame: Frame): number[] {
  const text = view.doc.article.text;
  if (!rightAfter(text, framed, frame)) return [];
  const sentence = view.sentence(view.tokenAtOrAfter(frameStart(frame)));
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
 * The frame that closes the sentence after a later partial of it, seen from an earlier partial with no cue
 * of its own: "The actor was “tired but hopeful” and hoped the verdict would “send a message”, Mr Baker
 * said." A short partial is dropped when it has no speaker when it is reached; the frame after the next
 * partial is its speaker's (partialsBeforeClosingFrame gives it to it once that partial is reached).
 * Null when the next quotation of the sentence has a frame of its own before it, or none.
 */
export function closingFrameAhead(view: TokenView, span: MarkedSpan, marked: MarkedSpan[], inQuote: Uint8Array): Frame | null {
  const text = view.doc.article.text;
  const sentence = view.sentence(Math.max(0, view.tokenAtOrAfter(span.open)));
  // (Not a label or a lone word: those the frame does not take either — "a “good thing” that …", "for “R,” or “D,”".)
  if (namesALabel(text, span, view.doc.paragraphs[span.paragraph]!) || text.slice(span.start, span.end).trim().split(/\s+/).length < 2) return null;
  return frameAfterNext(view, span, marked, inQuote, sentence, MAX_CHAIN);
}

// How many quotations on a chain of partials the look-ahead passes ("“A,” “B” and “C”, Baker said"); a bound, so
// that a sentence of hundreds of quoted titles is not walked again from each of them.
const MAX_CHAIN = 4;

function frameAfterNext(view: TokenView, span: MarkedSpan, marked: MarkedSpan[], inQuote: Uint8Array, sentence: ReturnType<TokenView['sentence']>, left: number): Frame | null {
  const inSentence = (offset: number) => view.sentence(Math.max(0, view.tokenAtOrAfter(offset))) === sentence;
  const next = marked[firstMarkFrom(marked, span.start + 1)];
  if (!next || left === 0 || next.paragraph !== span.paragraph || !inSentence(next.open)) return null;
  const found = frameFor(view, next, marked, inQuote);
  // (A chain of partials: "“A,” “B” and “C”, Baker said.")
  if (!found) return frameAfterNext(view, next, marked, inQuote, sentence, left - 1);
  // (The frame closes this sentence, not the next one: "… “…!” She replied …".)
  if (found.cueStart <= next.close || !inSentence(frameStart(found))) return null;
  return rightAfter(view.doc.article.text, next, found) ? found : null;
}

/** Where a frame begins: its speaker (with any role phrase before the name) or its cue, whichever comes first. */
const frameStart = (frame: Frame) => Math.min(frame.cueStart, frame.speaker.phraseStart ?? frame.speaker.start);

/**
 * Only a frame right after the partial closes the sentence: "“…,” Reyes said", "“…,” according to Reyes",
 * "“…”, Mr Chu said" (the speaker's title before the name is part of it).
 */
function rightAfter(text: string, span: MarkedSpan, frame: Frame): boolean {
  const between = text.slice(span.close + 1, frameStart(frame));
  const title = frame.speaker.title;
  if (/^[\s,]*$/.test(between)) return true;
  return !!title && frame.speaker.start < frame.cueStart && between.replace(/^[\s,]*/, '').replace(/\.?\s*$/, '').toLowerCase() === title.replace(/\.$/, '');
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
