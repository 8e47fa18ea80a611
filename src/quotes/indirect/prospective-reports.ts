import type { Token } from '../../types.js';
import { prospectiveReportFrames } from '../../lexicon/prospective-report-frames.js';

const BE_FORMS = /^(is|are|was|were|be|been|being|'s|’s|'re|’re|am)$/;

/**
 * "The board is due to announce the result of its review next month", "the minister is set to say …": a cue
 * after "be" + due/set/scheduled/slated + "to" is a report on a timetable, still to come, so it attributes
 * nothing. An adverb may stand inside ("is now due to"). "is expected to", "is likely to" and "will" are left
 * alone: PolNeAR annotates those as attributions ("she's expected to argue that …").
 */
export function prospectiveReport(tokens: Token[], i: number): boolean {
  if (tokens[i - 1]?.normal !== 'to') return false;
  let k = i - 2;
  if (!prospectiveReportFrames().has(tokens[k]?.normal ?? '')) return false;
  k--;
  if (tokens[k]?.pos === 'ADV') k--;
  return BE_FORMS.test(tokens[k]?.normal ?? '');
}
