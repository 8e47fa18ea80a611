import type { Token } from '../types.js';
import { isQuoteMark } from './speaker-phrase.js';

/**
 * tokens[close] closes a few quoted words set inside a running clause: a word before the opening mark, a
 * word right after the closing one and no punctuation closing the words ("it “categorically” denied the
 * claims"). Such a quotation is part of its clause: a verb after it is no inverted cue ("“…,” said Lee"
 * needs the quotation to end a sentence or take a comma), and it does not cut the clause off from a cue
 * further left.
 */
export function quotedWordsInClause(tokens: Token[], close: number): boolean {
  const closing = tokens[close];
  const after = tokens[close + 1];
  if (!closing || !isQuoteMark(closing) || !after || !wordToken(after)) return false;
  if (!wordToken(tokens[close - 1])) return false;
  for (let k = close - 1; k > 0 && k >= close - 6; k--) {
    if (!isQuoteMark(tokens[k]!)) continue;
    return k < close - 1 && wordToken(tokens[k - 1]);
  }
  return false;
}

function wordToken(t: Token | undefined): boolean {
  return !!t && t.pos !== 'PUNCT' && !isQuoteMark(t) && /\p{L}/u.test(t.text);
}
