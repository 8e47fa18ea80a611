import type { Token } from '../../types.js';
import type { SpeakerPhrase } from '../speaker-phrase.js';
import { cueAt } from '../frame.js';
import { isQuoteMark } from '../speaker-phrase.js';
import { cueLexicon } from '../../lexicon/cues.js';
import type { IndirectQuote } from './report-sentence.js';

/**
 * Acts told inside another speaker's reported clause are part of what that speaker said, no reports of
 * their own by the clause's subject. A report found over the clause hides them already; these two cover
 * where that report was cut short or left to a quotation.
 */

/**
 * "Tom Kessler said the team remained optimistic and declined to set a deadline": a refusal (data/cues.json
 * refusal_verbs) whose subject stands inside another report's content is what the reporter told of that
 * subject. `subject` is the refusal's subject, `cue` its verb's index.
 */
export function refusalInsideReport(tokens: Token[], cue: number, subject: SpeakerPhrase, found: readonly IndirectQuote[]): boolean {
  if (!cueLexicon().refusalVerbs.has(tokens[cue]!.lemma)) return false;
  return found.some((q) => q.start <= subject.start && subject.start < q.end && q.frame.cueToken < cue && q.frame.speaker.start !== subject.start);
}

/** How many words a hearer or an adverb may put between a report cue and its "that": "told the Herald that". */
const MAX_WORDS_CUE_TO_THAT = 4;

/**
 * "She added that the companies' plan to sell some stores was “woefully inadequate”": the owner of a stance
 * noun at tokens[owner] opens the that-clause of a report cue before it in the sentence (from tokens[lo]),
 * with no clause boundary between; the stance is the speaker's account, not a report by its owner.
 */
export function ownerInReportedClause(tokens: Token[], owner: number, lo: number): boolean {
  let k = owner - 1;
  // (The owner's own article or possessive: "that the companies'", "that her".)
  while (k > lo && /^(DET|PRON)$/.test(tokens[k]!.pos) && tokens[k]!.normal !== 'that') k--;
  if (k <= lo || tokens[k]!.normal !== 'that' || tokens[k]!.pos !== 'SCONJ') return false;
  for (let j = k - 1; j >= lo && j >= k - 1 - MAX_WORDS_CUE_TO_THAT; j--) {
    if (/^[,;:.!?]$/.test(tokens[j]!.text)) return false;
    if (cueAt(tokens, j, 'report')) return true;
  }
  return false;
}

/**
 * "Marinova said she planned to open an academy and would “maybe, one day” try commentary": an object cue whose
 * subject opens the clause of a report cue right before it ("said she", "said that she") tells what the
 * reporter said. The outer report usually hides it; when that report was left to a quotation inside its clause
 * (one partial), the object cue must not stand in for it. `subject` is the object cue's subject's first token.
 */
export function subjectOpensReportedClause(tokens: Token[], subject: number, lo: number, last: number): boolean {
  // (Without a quotation after it the outer report stands and hides it itself; a nested report found alone,
  // "said Putin wanted Trump to win", is kept.)
  let quoted = false;
  for (let j = subject + 1; j <= last && !quoted; j++) quoted = isQuoteMark(tokens[j]!);
  if (!quoted) return false;
  let k = subject - 1;
  if (tokens[k]?.normal === 'that' && tokens[k]!.pos === 'SCONJ') k--;
  return k >= lo && tokens[k]!.pos === 'VERB' && cueAt(tokens, k, 'report') !== null;
}
