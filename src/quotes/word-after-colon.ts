// A word or two in quotation marks after a colon closing the writer's sentence: the thing named, not a sentence of speech.
import type { MarkedSpan, Token } from '../types.js';

/** Most words such a quoted name holds ("gold", "pure gold", "the long goodbye"). */
const MAX_WORDS = 3;

/**
 * "He said producers had a phrase for contestants who cried on camera: “gold.”": up to three words in small
 * letters, no verb among them, right after a colon. They name what the clause before announced, so they finish
 * the writer's sentence (a partial of whoever that clause reports) instead of opening the speaker's own; a
 * sentence of speech after a colon opens with a capital ("said only: “Long.”", ": “Ask the linemen.”").
 * `mark` is the index of the token of the opening mark.
 */
export function wordAfterColon(tokens: Token[], span: MarkedSpan, mark: number): boolean {
  if (tokens[mark]?.start !== span.open || tokens[mark - 1]?.text !== ':') return false;
  let words = 0;
  let i = mark + 1;
  for (; i < tokens.length && tokens[i]!.start < span.end; i++) {
    const t = tokens[i]!;
    if (words === 0 && !/^\p{Ll}/u.test(t.text)) return false;
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
    if (t.pos !== 'PUNCT' && ++words > MAX_WORDS) return false;
  }
  // (They close the sentence: in "his final act: “muttering” to a handler" the writer's clause goes on.)
  const last = tokens[i - 1];
  const after = tokens[i]?.start === span.close ? tokens[i + 1] : tokens[i];
  const closes = !!last && /^[.!?]+$/.test(last.text) || !after || /^[.!?]+$/.test(after.text) || after.start > span.close + 2;
  return words > 0 && closes;
}
