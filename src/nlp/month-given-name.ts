/** A month's name used as a person's given name ("June Reyes said"), told apart from a date ("in June Reyes said", "May Day"). */
import type { Token } from '../types.js';
import { isDayWord, isMonth, isTimeWord } from './time-words.js';
import { NOT_NAMES } from './words.js';

// Words before a month that make it a date ("in June", "since May", "late April") or a date used as a modifier
// ("a June campaign event", "her May wedding"), never a given name.
const BEFORE_DATE_MONTH = new Set(['in', 'on', 'since', 'until', 'till', 'by', 'last', 'next', 'early', 'late', 'mid', 'of', 'from', 'through', 'this', 'that', 'every', 'each', 'during', 'before', 'after', 'to', 'a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/**
 * "June Reyes", "April Ross", "August Wilson": a month's name followed by a capitalised surname-like word
 * (no number, month or weekday, no other word that opens no name) and not after a word that makes it a date.
 */
export function monthAsGivenName(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (!isMonth(t.normal) || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || !next || !/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(next.text)) return false;
  if (NOT_NAMES.has(next.normal) || isTimeWord(next.normal) || isDayWord(next.normal)) return false;
  const after = tokens[i + 2];
  if (after && /^\d/.test(after.text)) return false;
  const before = tokens[i - 1];
  return !before || !BEFORE_DATE_MONTH.has(before.normal);
}
