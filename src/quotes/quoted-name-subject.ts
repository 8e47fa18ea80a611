// A short capitalised name in quotation marks that opens a clause as its subject: a title, not words spoken.
import type { MarkedSpan } from '../text/quotation-marks.js';
import type { TokenView } from './frame.js';
import { cueLexicon } from '../lexicon/cues.js';

/**
 * "Distributors said “Lanternfall” had been sold short", "“Lanternfall” is set to …, analysts said": one to
 * three capitalised words, no punctuation of their own, opening a clause (sentence start, colon, "that" or
 * right after a verb) and followed by that clause's verb. Words spoken end in a comma or stop before their
 * frame (“Never,” she said); a title goes on as the subject of the reported clause, which the indirect covers.
 * (Not a cue verb after it, "“Enough” said the mayor", nor a copula a speech word follows: "“Go Home” was all she said".)
 */
export function quotedNameAsSubject(view: TokenView, span: MarkedSpan): boolean {
  const text = view.doc.article.text;
  const words = text.slice(span.start, span.end).split(/\s+/).filter(Boolean);
  if (words.length < 1 || words.length > 3) return false;
  if (!words.every((w) => /^[\p{Lu}\d]/u.test(w)) || /[,.;!?…-]$/.test(words[words.length - 1]!)) return false;
  const tokens = view.tokens;
  const next = tokens[view.tokenAtOrAfter(span.close + 1)];
  if (!next || !/^(AUX|VERB)$/.test(next.pos) || !/^\p{Ll}/u.test(next.text) || /^\s*[^\s\p{L}]/u.test(text.slice(span.close + 1, next.start))) return false;
  const cues = cueLexicon();
  if (cues.speech.has(next.lemma) || cues.report.has(next.lemma)) return false;
  if (next.lemma === 'be' && speechInOwnClause(text, span.close + 1)) return false;
  const open = view.tokenAtOrAfter(span.open);
  const previous = tokens[open - 1];
  const opensSentence = !previous || view.sentence(open).tokenStart >= open || /^[:;]$/.test(previous.text);
  return opensSentence || previous.normal === 'that' || /^(AUX|VERB)$/.test(previous.pos);
}

/** A speech word before the clause's first comma or stop: "“Go Home” was all she said" (not the frame past a comma: "…, analysts said"). */
function speechInOwnClause(text: string, from: number): boolean {
  const clause = /^[^,;.!?]*/.exec(text.slice(from, from + 200))![0];
  return clause.toLowerCase().split(/[^\p{L}'’]+/u).some((w) => cueLexicon().titleSpeechWords.has(w.replace(/[’']s$/, '')));
}
