// A short term in the writer's scare quotes inside a clause: plain words of that clause, not a quotation of its own.
import type { Paragraph } from '../types.js';
import type { MarkedSpan } from '../text/quotation-marks.js';
import type { TokenView } from './frame.js';
import { labelledTermBeforeNoun, labelledTermBeforeVerb } from './labelled-terms.js';
import { NAMED_BEFORE } from './thing-names.js';

/**
 * Up to four quoted words that sit inside a noun phrase ("said the “streaming slump” story had been
 * exaggerated": "the" before, the head noun "story" right after) or that a label word sets apart ("the
 * so-called “prestige bubble” was about to burst"), the subject of a clause. The quote stage never keeps such a term as a partial; read as
 * plain words, the clause around it is reported whole, as the gold sets annotate it. (Not a name someone gives,
 * "what he called the “secret ledger” plan": that is his.)
 */
export function scareQuotedTerm(view: TokenView, span: MarkedSpan, paragraph: Paragraph): boolean {
  const text = view.doc.article.text;
  if (text.slice(span.start, span.end).split(/\s+/).filter(Boolean).length > 4) return false;
  if (labelledTermBeforeVerb(text, span, paragraph)) return true;
  // (Only in a clause's subject, its verb right after the head noun: in "mocked the so-called “clean” approach as a
  // dodge" the phrase is the object of an act, and no clause is reported.)
  const h = view.tokenAtOrAfter(span.close + 1);
  const head = view.tokens[h];
  if (!head || head.start > span.close + 2 || head.pos !== 'NOUN' || !/^\p{Ll}/u.test(head.text) || !/^(AUX|VERB)$/.test(view.tokens[h + 1]?.pos ?? '')) return false;
  if (labelledTermBeforeNoun(text, span, paragraph)) return true;
  const before = text.slice(Math.max(paragraph.start, span.open - 40), span.open);
  return /\bthe\s*$/i.test(before) && !NAMED_BEFORE.test(before);
}
