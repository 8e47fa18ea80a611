// Credits and bylines after a closing mark (“…,” starring …; “…,” by the Tribune’s Lena Okafor): the quotation is a title.
import type { MarkedSpan } from '../text/quotation-marks.js';
import { cueLexicon } from '../lexicon/cues.js';
import { isRoleWord } from '../nlp/words.js';

/** Credits right after the closing mark, maybe after a comma: “Steel Horizon,” starring …, “…” directed by … */
export function creditsAfter(text: string, span: MarkedSpan): boolean {
  const after = text.slice(span.close + 1, span.close + 30).replace(/^\s*,?\s*/, '').toLowerCase();
  return cueLexicon().creditPhrases.some((phrase) => after.startsWith(phrase + ' '));
}

/** A capitalised word: a name's, or an outlet's with its possessive ("Tribune’s", "Times’"). */
const NAME_WORD = String.raw`[\p{Lu}][\p{L}.&-]*`;

/**
 * A byline right after the closing mark, the comma inside or outside it: “…,” by Lena Okafor / by the
 * Tribune’s Lena Okafor / by Times’ Lena Okafor. Two capitalised words at least, or an outlet's
 * possessive before one, so "by Tuesday" and "by all accounts" are no byline.
 */
const BYLINE_AFTER = new RegExp(String.raw`^\s*,?\s*by\s+(?:the\s+)?((?:(?:${NAME_WORD}\s+){0,3}${NAME_WORD}(?:['’]s|s['’]|['’])\s+${NAME_WORD}|${NAME_WORD}\s+${NAME_WORD})(?:[ \t]+${NAME_WORD})*)`, 'u');

/**
 * A headline cited with its writer: the quotation ends its clause (a comma) and a byline follows. The
 * byline ends its own clause (a full stop, colon, semicolon, line end or the link roundups put after it), so "by New York standards, Lee
 * said" is no byline; nor is a name after a title ("by Senator Ted Marsh"), which says who spoke the words.
 */
export function bylineAfter(text: string, span: MarkedSpan): boolean {
  const quoted = text.slice(span.start, span.end);
  const after = text.slice(span.close + 1, span.close + 120);
  if (!(/,$/.test(quoted) || /^\s*,/.test(after))) return false;
  const byline = BYLINE_AFTER.exec(after);
  if (!byline) return false;
  if (isRoleWord(byline[1]!.split(/\s+/)[0]!.toLowerCase())) return false;
  const rest = after.slice(byline.index + byline[0].length);
  const atEnd = span.close + 1 + byline.index + byline[0].length >= text.length;
  return atEnd || byline[0].endsWith('.') || /^[ \t]*(?:[.:;\n]|https?:\/\/|www\.)/.test(rest);
}
