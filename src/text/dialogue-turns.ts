import { dialogueInciseVerbs } from '../lexicon/dialogue-incise-verbs.js';
import type { MarkedSpan } from '../types.js';

/**
 * French-style dialogue: one « opens a whole exchange, each new speaker's turn starts a line with a dash,
 * and one » closes it; the frame of a turn stands inside the marks after its words ("« What now? asked
 * Marin.\n— We wait, replied Okafor.\n— How long? »"). Each turn is a quotation of its own, its words
 * up to the frame; the frame follows its span as it would follow a closing mark. Any other span is as it was.
 */
export function dialogueTurns(text: string, span: MarkedSpan): MarkedSpan[] {
  if (text[span.open] !== '«' || !TURN_START.test(text.slice(span.start, span.end))) return [span];
  const turns: MarkedSpan[] = [];
  for (const turn of text.slice(span.start, span.end).matchAll(TURN)) {
    const from = span.start + turn.index!;
    const words = turn[0];
    const lead = /^\s*[—–]?\s*/.exec(words)![0].length;
    const frame = INCISE.exec(words);
    const wordsEnd = frame ? from + frame.index + frame[1]!.length : from + words.length;
    const close = frame ? wordsEnd : from + words.length === span.end ? span.close : from + words.length;
    const start = from + lead;
    // (A later turn opens at its dash.)
    const open = turns.length ? from + words.search(/[—–]/) : span.open;
    if (wordsEnd > start) turns.push({ ...span, open, close, start, end: trimEnd(text, start, wordsEnd) });
  }
  return turns.length > 1 ? turns : [span];
}

/** A line break, then a dash opening the next speaker's turn. */
const TURN_START = /\n\s*[—–]\s/;
/** One turn: up to the next line break that a dash follows. */
const TURN = /(?:^|\n)[^\n]*/g;
/**
 * The frame closing a turn: after the words' comma, question or exclamation mark, a verb of speaking in
 * the past ("asked", "replied"; data/cues.json dialogue_incise_verbs) and its subject, to the end of the line.
 */
const INCISE = new RegExp(`([,?!…])\\s+(?:${dialogueInciseVerbs().join('|')})\\s+[^,?!\\n]{1,40}$`);

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}
