import type { Token } from '../../types.js';
import { isQuoteMark } from '../speaker.js';

/** Small words a title keeps in lower case: "Song of the Sea". */
const TITLE_SMALL_WORDS = /^(of|the|a|an|and|or|in|on|at|to|for|with|from|by)$/;

/**
 * tokens[k] opens a quoted title that is the subject of a clause: "reported that 'Midnight Parade' had
 * re-entered the chart". The mark after "that" is no punctuation closing a pronoun "that" ("learned that.");
 * the title, capitalised words in marks, then a verb, opens the reported clause.
 */
export function quotedTitleSubjectAt(tokens: Token[], k: number): boolean {
  if (!tokens[k] || !isQuoteMark(tokens[k]!)) return false;
  for (let j = k + 1; j < tokens.length && j <= k + 8; j++) {
    const word = tokens[j]!;
    if (isQuoteMark(word)) return j > k + 1 && /^(VERB|AUX)$/.test(tokens[j + 1]?.pos ?? '');
    // (A subtitle after a colon: “Tidebreak II: Undertow”.)
    if (word.text === ':' && j > k + 1) continue;
    const capitalised = /^\p{Lu}/u.test(word.text) || /^\d/.test(word.text);
    if (!capitalised && (j === k + 1 || !TITLE_SMALL_WORDS.test(word.normal))) return false;
  }
  return false;
}
