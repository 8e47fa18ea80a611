import type { Token } from '../../types.js';
import { prospectiveReportFrames } from '../../lexicon/prospective-report-frames.js';

const BE_FORMS = /^(is|are|was|were|be|been|being|'s|’s|'re|’re|am)$/;

/**
 * "Halden House is expected to announce the result of its review next month", "the minister is due to say
 * …": a cue after "be" + expected/due/set … + "to" is a report still to come, not one made, so it attributes
 * nothing. An adverb may stand inside ("is widely expected to", "is now due to"). "expected to" without
 * "be" ("the board, expected to announce …") is left alone, and so is "will announce".
 */
export function prospectiveReport(tokens: Token[], i: number): boolean {
  if (tokens[i - 1]?.normal !== 'to') return false;
  let k = i - 2;
  if (!prospectiveReportFrames().has(tokens[k]?.normal ?? '')) return false;
  k--;
  if (tokens[k]?.pos === 'ADV') k--;
  return BE_FORMS.test(tokens[k]?.normal ?? '');
}
