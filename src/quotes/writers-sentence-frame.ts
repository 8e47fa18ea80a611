import type { AnalyzedArticle, Token } from '../types.js';
import type { TokenView } from './frame.js';

/** Tags a writer's clause opens with when it starts at its subject: "He was, she added, “…”", "The market, he said, “…”". */
const SUBJECT_OPENERS = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'ADJ', 'NUM']);

/**
 * The cue before the comma at `comma` is a frame set off by commas inside a sentence the writer began: "He was,
 * she added, “never one to ask for help.”" The quotation completes the writer's words, a partial, not a sentence
 * of speech a frame introduces ("She added, “…”"). The writer's part runs from the sentence's start to the
 * frame's opening comma, holds no quotation, and opens with its subject (a fronted phrase, "On Monday, she
 * said, …", is no clause the quotation could finish).
 */
export function frameInsideWritersSentence(text: string, doc: AnalyzedArticle, tokens: Token[], view: TokenView, paraStart: number, comma: number): boolean {
  const sentence = doc.sentences.find((s) => s.start <= comma && comma < s.end);
  const from = Math.max(paraStart, sentence?.start ?? paraStart);
  const frame = /^(.*\S)\s*,\s*(?:[\p{L}.'’-]+\s+){0,4}[\p{L}'’-]+\s*$/su.exec(text.slice(from, comma));
  if (!frame || /[“”"«»]/.test(frame[1]!)) return false;
  const first = tokens[view.tokenAtOrAfter(from)];
  return !!first && first.start < from + frame[1]!.length && SUBJECT_OPENERS.has(first.pos);
}
