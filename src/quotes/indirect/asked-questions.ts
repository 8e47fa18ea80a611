import type { ExtractedQuote, Token } from '../../types.js';
import type { MarkedSpan } from '../../text/quotation-marks.js';
import { hasVerb, type TokenView } from '../frame.js';
import { classify, isQuoteMark, type SpeakerPhrase } from '../speaker.js';
import { isQuestionOpener } from './clause-openers.js';

/**
 * Reported questions with the one who asked them: "She was asked by the Ledger whether …", "Asked by
 * reporters about the toll, …". A question whose asker goes unnamed ("Asked whether he would run, …")
 * is the reporter's, nobody's quote. Quotations and spans already taken are left alone.
 */
export function askedQuestions(view: TokenView, marked: MarkedSpan[], taken: { start: number; end: number }[], headline: (paragraph: number) => boolean = () => false): ExtractedQuote[] {
  const tokens = view.tokens;
  const text = view.doc.article.text;
  const out: ExtractedQuote[] = [];
  for (const s of view.sentences) {
    if (headline(s.paragraph)) continue;
    let last = s.tokenEnd - 1;
    while (last > s.tokenStart && tokens[last]!.pos === 'PUNCT') last--;
    for (let k = s.tokenStart; k < last; k++) {
      if (tokens[k]!.normal !== 'asked' || !passiveAsked(tokens, k, s.tokenStart)) continue;
      const question = questionAfter(tokens, k, last);
      if (!question?.asker) continue;
      const start = tokens[question.from]!.start;
      const end = tokens[question.to]!.end;
      if (marked.some((m) => m.open < end && Math.max(m.end, m.close + 1) > start) || taken.some((q) => q.start < end && q.end > start)) continue;
      const asker = question.asker;
      out.push({
        text: text.slice(start, end), start, end, type: 'indirect',
        speaker: asker.kind !== 'anonymous' && asker.kind !== 'pronoun' ? asker.name : null,
        speaker_mention: text.slice(asker.start, asker.end), speaker_start: asker.start, speaker_end: asker.end,
        speaker_kind: asker.kind !== 'pronoun' ? asker.kind : null, speaker_role: asker.role,
        cue: tokens[k]!.text, cue_start: tokens[k]!.start, cue_end: tokens[k]!.end, outlet: asker.kind === 'outlet' ? asker.name : null,
        confidence: 0.5,
      });
    }
  }
  return out;
}

/** "Asked …" opening the sentence, "when asked …" opening a clause, or "was asked …": the asked is the subject. */
function passiveAsked(tokens: Token[], k: number, lo: number): boolean {
  const prev = tokens[k - 1];
  if (k === lo || (k === lo + 1 && prev!.pos === 'CCONJ')) return true;
  if (!prev) return false;
  const opensClause = k - 1 === lo || /^[,;(—–]$/.test(tokens[k - 2]!.text) || tokens[k - 2]!.pos === 'CCONJ';
  if (/^(when|if|after|once|before|while)$/.test(prev.normal) && opensClause) return true;
  return prev.lemma === 'be' || (prev.pos === 'ADV' && tokens[k - 2]?.lemma === 'be');
}

/** The question after a passive "asked": "by X", adverbials, then "whether …" / "about …" up to the clause's end. */
function questionAfter(tokens: Token[], k: number, last: number): { from: number; to: number; asker: SpeakerPhrase | null } | null {
  let j = k + 1;
  let asker: SpeakerPhrase | null = null;
  if (tokens[j]?.normal === 'by') {
    let e = j + 1;
    while (e <= last && e < j + 9 && !isQuestionOpener(tokens[e]!.normal) && tokens[e]!.text !== ',' && !(tokens[e]!.pos === 'ADP' && e > j + 1)) e++;
    asker = classify(tokens, j + 1, e);
    j = e;
  }
  let from = -1;
  for (let q = j; q <= last && q < j + 10; q++) {
    if (/^[,;.]$/.test(tokens[q]!.text) || isQuoteMark(tokens[q]!)) break;
    if (isQuestionOpener(tokens[q]!.normal)) { from = q; break; }
  }
  // (A one-word question at the sentence's end is none, and its next token may not exist.)
  if (from < 0 || from >= last) return null;
  let to = from + 1;
  while (to < last && !/^[,;:]$/.test(tokens[to + 1]!.text) && !isQuoteMark(tokens[to + 1]!)) to++;
  while (to > from && tokens[to]!.pos === 'PUNCT') to--;
  // A question is a clause ("whether he would run"), a topic a phrase ("about the toll"); a quotation
  // cutting either short ("whether Clinton “…”") leaves it to the quote stage.
  const whole = tokens[from]!.normal === 'about' ? to - from >= 2 : hasVerb(tokens, from + 1, to);
  return whole ? { from, to, asker } : null;
}

/**
 * The question words (of cues.json question_words) that are rarely anything else after "asked" ("asked to leave
 * if …" is rare): narrower on purpose, as "when", "where", "who" often open a clause of their own after it.
 */
const UNMISTAKABLE_QUESTION_WORDS = /^(whether|if|what|how|why)$/;

/**
 * The cue at tokens[cue] is the verb of a question someone was asked: "Asked by a reporter what she thought
 * of the poster, …", "asked her whether she believed the plan would work". The question is the asker's,
 * not a report of the one asked. (The question word opens the cue's clause, over its subject; "asked" stands
 * before it with no comma between.)
 */
export function insideAskedQuestion(tokens: Token[], cue: number, lo: number): boolean {
  let k = cue - 1;
  while (k >= lo && k > cue - 6 && !UNMISTAKABLE_QUESTION_WORDS.test(tokens[k]!.normal) && /^(AUX|ADV|PART|PRON|PROPN|NOUN|DET|ADJ)$/.test(tokens[k]!.pos)) k--;
  if (k < lo || k === cue - 1 || !UNMISTAKABLE_QUESTION_WORDS.test(tokens[k]!.normal)) return false;
  for (let j = k - 1; j >= lo && j > k - 12; j--) {
    if (/^[,;:]$/.test(tokens[j]!.text) || isQuoteMark(tokens[j]!)) return false;
    if (tokens[j]!.lemma === 'ask') return true;
  }
  return false;
}
