import type { Token } from '../types.js';
import type { MarkedSpan } from '../text/quotation-marks.js';
import { cueAt, frameForCue, TokenView, type Frame } from './frame.js';
import { personLike, subjectBefore } from './speaker.js';

export interface IndirectQuote {
  start: number;
  end: number;
  frame: Frame;
}

const TELL_LIKE = new Set(['tell', 'inform', 'assure', 'warn', 'remind', 'advise', 'promise', 'ask']);

/**
 * Reported speech without quotation marks: "X said (that) …", "X told OUTLET (that) …",
 * "…, X said.", "according to X, …" / "…, according to X.", "X reports that …".
 */
export function findIndirect(view: TokenView, marked: MarkedSpan[], headline: (paragraph: number) => boolean = () => false): IndirectQuote[] {
  const tokens = view.tokens;
  const out: IndirectQuote[] = [];
  for (const s of view.sentences) {
    if (headline(s.paragraph)) continue; // "Star Recalls Night Out With Her Co-Star" is a headline, not a report
    // A sentence holding a quotation is the quote stage's; titles and scare quotes inside ("a fan of
    // “Keeping Up with the Kardashians”") do not make it one.
    const text = view.doc.article.text;
    const speech = marked.some((m) => m.start < s.end && m.end > s.start && isSpeechLike(text.slice(m.start, m.end)));
    if (speech) continue;
    // The sentence's last word token (before final punctuation).
    let last = s.tokenEnd - 1;
    while (last > s.tokenStart && tokens[last]!.pos === 'PUNCT') last--;
    for (let i = s.tokenStart; i <= last; i++) {
      if (!cueAt(tokens, i, 'report')) continue;
      const frame = frameForCue(view, i, s.tokenStart, s.tokenEnd, 'report');
      if (!frame) continue;
      const content = contentOf(tokens, frame, s.tokenStart, last, i);
      if (!content) continue;
      const [from, to] = content;
      if (to - from < 3 || !hasVerb(tokens, from, to)) continue;
      out.push({ start: tokens[from]!.start, end: tokens[to]!.end, frame });
      break; // one attribution a sentence
    }
    if (out.length && out[out.length - 1]!.start >= s.start) continue;
    // Speech acts whose content is what follows the verb, clause or not: "X called for a ban on …",
    // "X urged voters to …", "X cited the report …".
    for (let i = s.tokenStart; i <= last; i++) {
      const t = tokens[i]!;
      if (t.pos !== 'VERB' || !OBJECT_CUES.has(t.lemma)) continue;
      const particle = t.lemma === 'call' ? tokens[i + 1]?.normal : null;
      if (t.lemma === 'call' && particle !== 'for' && particle !== 'on') continue;
      const cueLast = particle ? i + 1 : i;
      const before = subjectBefore(tokens, i, s.tokenStart);
      if (!before || !personLike(before) || before.start > t.start) continue;
      const from = cueLast + 1;
      if (last - from < 2) continue;
      const cue = text.slice(t.start, tokens[cueLast]!.end);
      const frame: Frame = { cueStart: t.start, cueEnd: tokens[cueLast]!.end, cue, cueToken: cueLast, speaker: before, outlet: null, according: false };
      out.push({ start: tokens[from]!.start, end: tokens[last]!.end, frame });
      break;
    }
  }
  return out;
}

/** Speech acts reported with an object rather than a clause (PolNeAR-style attributions). */
const OBJECT_CUES = new Set(['call', 'urge', 'demand', 'cite', 'endorse', 'criticize', 'criticise', 'praise', 'accuse', 'blame', 'deny', 'condemn', 'defend', 'question', 'dismiss', 'reject', 'attack', 'refuse', 'decline', 'threaten', 'propose', 'recommend']);

/** Token range [from, to] (inclusive) of the reported content, or null when the frame has none. */
function contentOf(tokens: Token[], frame: Frame, lo: number, last: number, cueIndex: number): [number, number] | null {
  const cueFirst = cueIndex;
  const cueLast = frame.cueToken;
  const speakerFirst = indexAt(tokens, frame.speaker.phraseStart ?? frame.speaker.start, lo, last);
  const speakerLast = indexAt(tokens, frame.speaker.end - 1, lo, last);
  const head = Math.min(speakerFirst, cueFirst);
  const tail = Math.max(speakerLast, cueLast);
  // "CLAUSE, X said." / "CLAUSE, according to X." — the frame closes the sentence.
  if (head > lo + 2 && tokens[head - 1]!.text === ',' && tail >= last - 4) return [lo, head - 2];
  // "The bridge, Ms. Ortiz said, would open …" / "But to save money, she said, the city should …":
  // a parenthetical frame inside the reported sentence; the content is the sentence around it.
  let h = head;
  while (h > lo + 1 && h > head - 6 && tokens[h - 1]!.text !== ',' && /^(PROPN|NOUN|ADJ|DET|NUM|PART)$/.test(tokens[h - 1]!.pos)) h--; // "Mr.", "the former"
  if (h > lo && tokens[h - 1]!.text === ',') {
    for (let k = tail + 1; k <= Math.min(last - 2, tail + 5); k++) {
      if (tokens[k]!.text === ',') return hasVerb(tokens, k + 1, last) ? [lo, last] : null;
      if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'SCONJ' || tokens[k]!.normal === 'that') break;
    }
  }
  if (frame.according) {
    // "According to X, CLAUSE."
    if (head === lo || (head === lo + 1 && tokens[lo]!.pos === 'CCONJ')) {
      let from = speakerLast + 1;
      if (tokens[from]?.text === ',') from++;
      return from <= last ? [from, last] : null;
    }
    return null;
  }
  if (speakerFirst > cueFirst) return null; // inverted "said X" mid-sentence: no clean content
  // "X said (on Tuesday) (that) CLAUSE" / "X told OUTLET (that) CLAUSE".
  let from = cueLast + 1;
  const lemma = tokens[cueLast]!.normal === 'told' ? 'tell' : tokens[cueLast]!.lemma;
  for (let k = from; k <= Math.min(last, cueLast + 12); k++) {
    if (tokens[k]!.normal === 'that' && (tokens[k]!.pos === 'SCONJ' || tokens[k]!.pos === 'PRON' || tokens[k]!.pos === 'DET')) {
      return k + 1 <= last ? [k + 1, last] : null;
    }
    // "said after appearing on the podcast that …": a verb inside an adverbial phrase does not end the search.
    const adverbial = k > from && /^(after|before|while|when|since|upon|on)$/.test(tokens[k - 1]!.normal);
    if ((tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') && !adverbial) break;
  }
  if (TELL_LIKE.has(lemma)) {
    // Skip the hearer: "told reporters", "told IndieWire", "told him".
    // … but not into the reported clause's own subject ("told the Toronto Star he has …").
    while (from <= last && /^(PRON|PROPN|NOUN|DET|ADJ)$/.test(tokens[from]!.pos) && from < cueLast + 6 && !(from > cueLast + 1 && /^(he|she|they|we|i|it)$/.test(tokens[from]!.normal))) {
      from++;
      if (/^(PRON|PROPN|NOUN)$/.test(tokens[from - 1]!.pos) && /^(PRON|DET|PROPN|NOUN)$/.test(tokens[from]?.pos ?? '') && tokens[from - 1]!.pos === 'PRON') break;
    }
  }
  // "says at a rally in Dayton, Ohio, that …" / "said on Friday, …": step over the adverbial phrase.
  // "asked the senator whether …": the question is the content.
  if (from <= last && /^(whether|if)$/.test(tokens[from]!.normal)) return from + 1 <= last ? [from, last] : null;
  if (from <= last && tokens[from]!.pos === 'ADP' && tokens[from]!.normal !== 'that') {
    for (let k = from + 1; k <= Math.min(last - 2, from + 15); k++) {
      if (tokens[k]!.normal === 'that' && tokens[k]!.pos === 'SCONJ') return [k + 1, last];
      if (tokens[k]!.text === ',' && tokens[k + 1]?.pos !== 'PROPN') {
        const c = tokens[k + 1]?.normal === 'that' ? k + 2 : k + 1;
        return hasVerb(tokens, c, last) ? [c, last] : null;
      }
    }
    return null;
  }
  if (from > last || tokens[from]!.pos === 'PUNCT' || tokens[from]!.pos === 'ADP' || tokens[from]!.pos === 'PART') return null;
  return [from, last];
}

/** Quoted words rather than a title: not every word capitalised ("rather not" counts, “Red” does not). */
function isSpeechLike(quoted: string): boolean {
  const words = quoted.split(/\s+/).filter(Boolean);
  return !words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(of|the|a|an|and|in|on|to|for|at|with|from|by|&)$/.test(w));
}

function indexAt(tokens: Token[], offset: number, lo: number, hi: number): number {
  for (let i = lo; i <= hi; i++) if (tokens[i]!.start <= offset && offset < tokens[i]!.end) return i;
  return lo;
}

function hasVerb(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX') return true;
  return false;
}
