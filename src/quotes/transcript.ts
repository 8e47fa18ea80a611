import type { AnalyzedArticle, Paragraph } from '../types.js';
import type { MarkedSpan } from '../text/quotation-marks.js';
import { genderOfFirstName } from '../nlp/names.js';
import type { Frame, TokenView } from './frame.js';
import { cueLexicon } from './lexicon.js';
import type { SpeakerPhrase } from './speaker.js';

/** A speaker's label at the start of a paragraph, "WALLACE:": where the label is and where its colon is. */
interface Label {
  start: number;
  end: number;
  text: string;
  colon: number;
}

/**
 * A paragraph's speaker label: "WALLACE: …", "MIKE PENCE: …", "Mike Pence: …", maybe after an opening
 * quotation mark. A label in capitals has up to three words; one in title case two or three (one title-case
 * word before a colon is a list's or a story's label as often: "Iowa: …").
 */
function speakerLabelAt(text: string, p: Paragraph): Label | null {
  const line = text.slice(p.start, Math.min(p.end, p.start + 60));
  const m = /^(["“]?\s*)((?:[A-Z][A-Z'’.-]+)(?: [A-Z][A-Z'’.-]+){0,2}|(?:[A-Z][a-z'’.-]+)(?: [A-Z][a-z'’.-]+){1,2}):\s+\S/.exec(line);
  if (!m || cueLexicon().transcriptNonSpeakers.has(m[2]!.toLowerCase())) return null;
  const start = p.start + m[1]!.length;
  const end = start + m[2]!.length;
  return { start, end, text: m[2]!, colon: end };
}

/** "WALLACE" → "Wallace", "MIKE PENCE" → "Mike Pence": a label in capitals as a name is written. */
function labelName(label: string): string {
  return label.split(' ').map((w) => (/^[A-Z'’.-]+$/.test(w) && w.length > 1 ? w[0] + w.slice(1).toLowerCase() : w)).join(' ');
}

/** The frame a label gives its turn: the label is the speaker's mention, its colon the cue. */
function labelFrame(view: TokenView, label: Label, speaker: SpeakerPhrase): Frame {
  return { cueStart: label.colon, cueEnd: label.colon + 1, cue: view.doc.article.text[label.colon]!, cueToken: view.tokenAtOrAfter(label.colon), speaker, outlet: null, according: false };
}

/**
 * Transcript turns: a paragraph opening with "NAME:" ("WALLACE: …", "Mike Pence: …") is that speaker's;
 * a following paragraph that opens with a quotation mark and no name of its own continues the turn.
 * Indexed by paragraph. (The first paragraph is the headline's: "Okafor: Fares Must Rise".)
 */
export function transcriptTurns(view: TokenView): (Frame | null)[] {
  const text = view.doc.article.text;
  const out: (Frame | null)[] = [];
  let current: Frame | null = null;
  view.doc.paragraphs.forEach((p, k) => {
    const label = k > 0 ? speakerLabelAt(text, p) : null;
    if (label) {
      const speaker: SpeakerPhrase = { start: label.start, end: label.end, text: label.text, kind: 'person', name: labelName(label.text), role: null, title: null };
      current = labelFrame(view, label, speaker);
      out[k] = current;
    } else if (current && /^["“]/.test(text.slice(p.start, p.end))) {
      out[k] = current;
    } else {
      current = null;
      out[k] = null;
    }
  });
  return out;
}

/** "WALLACE", "MIKE PENCE", "Mike Pence" — not "Bottom Line": a label in capitals, or one opening with a given name. */
function namesSpeaker(label: string): boolean {
  return label === label.toUpperCase() || genderOfFirstName(label.split(' ')[0]!) !== 'unknown';
}

/**
 * The turns of a transcript (two or more labelled paragraphs by two or more speakers) that hold no
 * quotation marks, as the span after the label and its colon.
 */
export function unmarkedTurns(doc: AnalyzedArticle, turns: (Frame | null)[], marked: MarkedSpan[]): { start: number; end: number; frame: Frame }[] {
  const text = doc.article.text;
  const labelled = doc.paragraphs.flatMap((p, k) => {
    const frame = turns[k];
    return frame && frame.speaker.start >= p.start && frame.speaker.end <= p.end && namesSpeaker(frame.speaker.text) ? [{ k, frame }] : [];
  });
  if (labelled.length < 2 || new Set(labelled.map((t) => t.frame.speaker.name.toLowerCase())).size < 2) return [];
  const out: { start: number; end: number; frame: Frame }[] = [];
  for (const { k, frame } of labelled) {
    if (marked.some((m) => m.paragraph === k)) continue;
    const p = doc.paragraphs[k]!;
    let start = frame.cueEnd;
    while (start < p.end && /\s/.test(text[start]!)) start++;
    let end = p.end;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (/\p{L}/u.test(text.slice(start, end))) out.push({ start, end, frame });
  }
  return out;
}

/** Where a turn's words start inside its quotation ("“WALLACE: Let's start …"): after the label and colon; null when the label is outside it. */
export function wordsAfterLabel(text: string, turn: Frame, span: MarkedSpan): number | null {
  if (turn.speaker.start < span.start || turn.speaker.end >= span.end) return null;
  let start = turn.cueEnd;
  while (start < span.end && /\s/.test(text[start]!)) start++;
  return start;
}
