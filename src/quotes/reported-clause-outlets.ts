import type { ExtractedQuote } from '../types.js';
import { cueLexicon } from '../lexicon/cues.js';
import type { SentencePlace } from './occasion-shift.js';
import { literalMatches } from '../text/literal-matches.js';

/**
 * "The Ledger reported that the deal was off, a claim the mayor called “pure invention.”": the outlet
 * reports the first clause; words X speaks after ", a claim (that) X" or ", which X" (with any cue: called,
 * denied, dismissed) are X's own answer to that report, not words the outlet carried, so they keep no outlet.
 * So are X's words in a clause set against the report ("…, though X said B").
 */
export function dropReporterOutletsFromLaterSpeakers(quotes: ExtractedQuote[], text: string, place: SentencePlace): void {
  const nouns = cueLexicon().reportNouns;
  for (const q of quotes) {
    if (!q.outlet || !q.speaker || q.speaker === q.outlet || q.speaker_start === null || q.speaker_start > q.start) continue;
    const sentence = place.sentenceAt(q.start);
    const before = text.slice(sentence.start, q.speaker_start);
    const reported = literalMatches(before, q.outlet, SPACE_BEFORE, REPORTING_VERB_AFTER).next().value;
    if (!reported) continue;
    // The relative answering the report: ", which" or ", a/the NOUN (that|which)" right before the speaker.
    const rest = before.slice(reported.end);
    const answer = /,\s+(?:which|(?:a|an|the)\s+(\p{Ll}+)\s+(?:that|which)?)\s*$/u.exec(rest);
    // … or a clause of its own set against the report: "Reuters reported that A, though the utility said B"
    // (the utility's words are its own answer; a report nested inside the outlet's, "reported that X said B",
    // still reached the article through the outlet).
    const contrasted = CONTRASTED_CLAUSE.test(rest) && !text.slice(q.speaker_start, q.start).includes(q.outlet);
    if (!contrasted && (!answer || (answer[1] && !nouns.has(answer[1])))) continue;
    q.outlet = null;
  }
}

/** The outlet's name starts the text or follows a space. */
const SPACE_BEFORE = /(?<=(^|\s))/y;

/** A reporting verb right after the outlet's name: "The Ledger reported". */
const REPORTING_VERB_AFTER = /\s+(?:reported|reports|said|says|wrote|writes|revealed)\b/y;

/** A comma or semicolon and a contrasting joiner after the outlet's report, before the later speaker. */
const CONTRASTED_CLAUSE = /(?:[,;]\s+(?:though|although|while|whereas|but)|;)\s/;
