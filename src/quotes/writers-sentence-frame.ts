import type { AnalyzedArticle, Token } from '../types.js';
import type { TokenView } from './frame.js';
import { sentenceHolding } from '../nlp/sentence-lookup.js';

/** Tags a writer's clause opens with when it starts at its subject: "He was, she added, “…”", "The market, he said, “…”". */
const SUBJECT_OPENERS = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'ADJ', 'NUM']);
/** Tags of a subject: a clause the writer opens after a conjunction needs one before the frame. */
const SUBJECT_TAGS = new Set(['PRON', 'PROPN', 'NOUN']);

/**
 * The cue before the comma at `comma` is a frame set off by commas inside a sentence the writer began: "He was,
 * she added, “never one to ask for help.”" The quotation completes the writer's words, a partial, not a sentence
 * of speech a frame introduces ("She added, “…”"). The writer's part runs from the sentence's start to the
 * frame's opening comma, holds no quotation, and opens with its subject (a fronted phrase, "On Sunday, she
 * said, …", is no clause the quotation could finish). The frame is a subject and its cue ("she added"), not a
 * participle alone (", saying, “…”").
 */
export function frameInsideWritersSentence(text: string, doc: AnalyzedArticle, tokens: Token[], view: TokenView, paraStart: number, comma: number, quoteStart: number): boolean {
  const sentence = sentenceHolding(doc.sentences, comma);
  const from = Math.max(paraStart, sentence?.start ?? paraStart);
  const frame = /^(.*\S)\s*,\s*(?:[\p{L}.'’-]+\s+){1,4}[\p{L}'’-]+\s*$/su.exec(text.slice(from, comma));
  if (!frame || /[“”"«»]/.test(frame[1]!)) return false;
  const first = view.tokenAtOrAfter(from);
  const end = from + frame[1]!.length;
  if (!tokens[first] || tokens[first]!.start >= end || !SUBJECT_OPENERS.has(tokens[first]!.pos)) return false;
  let last = view.tokenAtOrAfter(end) - 1;
  while (last > first && tokens[last]!.end > end) last--;
  return !opensOwnClause(tokens, first, last, view.tokenAtOrAfter(quoteStart));
}

/**
 * The writer's words end where the quotation opens a clause of its own: after a preposition or participle
 * ("critics, including, he said, “…”") or a conjunction with no subject after it ("and also, she said, “to
 * make clear …”", "and coincidentally, he said, “all of these songs …”"), unless the quotation opens on a
 * verb, the predicate of the writer's subject ("The film opened … and, he said, “never recovered.”").
 */
function opensOwnClause(tokens: Token[], first: number, last: number, quoted: number): boolean {
  const end = tokens[last]!;
  if (end.pos === 'ADP' || (end.pos === 'VERB' && /ing$/.test(end.normal))) return true;
  for (let k = last; k > first; k--) {
    if (SUBJECT_TAGS.has(tokens[k]!.pos)) return false;
    if (tokens[k]!.pos === 'CCONJ') return !opensOnVerb(tokens, quoted);
  }
  return false;
}

/** The quotation at tokens[k] opens on a verb, past adverbs: "never got …", "had tried …". */
function opensOnVerb(tokens: Token[], k: number): boolean {
  while (tokens[k]?.pos === 'ADV') k++;
  return !!tokens[k] && (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX');
}
