import type { Token } from '../../types.js';
import { isTimePhrase, sourceText } from '../speaker.js';
import { isDayWord, isPartOfDay, isTimeWord } from '../../nlp/time-words.js';

/** A day or a word of relative time after a cue: "said Monday", "told reporters last week", "said earlier". */
export const isTimeAfterCue = (normal: string) => isDayWord(normal) || /^(last|this|earlier|later|recently)$/.test(normal);

/** "on Friday" at tokens[k]: a day between an object cue and its particle ("sought on Friday to calm …"). */
export function dayPhraseAt(tokens: Token[], k: number): boolean {
  return tokens[k]?.normal === 'on' && isDayWord(tokens[k + 1]?.normal ?? '');
}

/**
 * Past a time phrase of up to four words at tokens[k], a preposition may lead it: "last week", "on
 * Friday", "earlier this month" (the longest one read as a time). `k` itself when none opens there.
 */
export function afterTimePhrase(tokens: Token[], k: number, last: number): number {
  const lead = /^(on|in|at)$/.test(tokens[k]?.normal ?? '') ? 1 : 0;
  for (let n = Math.min(4, last - k - lead); n >= 1; n--) {
    if (isTimePhrase(sourceText(tokens, k + lead, k + lead + n))) return k + lead + n;
  }
  return k;
}

/** A time phrase opens at tokens[k]: "for years", "for a second time" (how long or when, not what for). */
export function timeAt(tokens: Token[], k: number, last: number): boolean {
  let end = k;
  while (end < last && /^(DET|ADJ|NUM|NOUN)$/.test(tokens[end + 1]!.pos)) end++;
  // (Not a day's thing: "voted against Tuesday's package".)
  if (tokens[end + 1]?.pos === 'PART') return false;
  const phrase = sourceText(tokens, k, end + 1);
  return isTimePhrase(phrase) || /^(?:the |a )?(?:first|second|third|last|next|final|only) time$/i.test(phrase);
}

/** Where a time right before the cue starts ("on Monday", "earlier Thursday", "last week"); -1 when none. */
export function timeStart(tokens: Token[], cue: number, lo: number): number {
  let k = cue - 1;
  while (k > lo && cue - k <= 4 && (isTimeAfterCue(tokens[k]!.normal) || /^(on|earlier|early|late|week|month|year|night|morning)$/.test(tokens[k]!.normal))) k--;
  return k < cue - 1 && isTimePhrase(sourceText(tokens, k + 1, cue).replace(/^on /i, '')) ? k + 1 : -1;
}

/**
 * Past the day a cue names right after it: "said Tuesday night, waving to the dock crew" holds no
 * clause of its own, and "said Monday the pier would close" reports from "the pier". Not a day's thing
 * ("said Monday's vote was close", "said Sunday night's vote …"), a day that is the subject ("said
 * Tuesday is the last day") nor a day before an infinitive ("vowed Tuesday to keep the strike going").
 */
export function afterDayOfSpeech(tokens: Token[], from: number): number {
  if (!isDayWord(tokens[from]?.normal ?? '')) return from;
  let k = from + 1;
  if (isPartOfDay(tokens[k]?.normal ?? '')) k++;
  const next = tokens[k];
  const daysOwn = next?.pos === 'PART' || next?.normal === 'to';
  const verbOfDay = /^(VERB|AUX)$/.test(next?.pos ?? '') && !/ing$/.test(next!.normal);
  return daysOwn || verbOfDay ? from : k;
}

/**
 * "that" at tokens[k] is the determiner of a time ("told Fox News later that evening that …", "said that
 * morning that …"): a singular unit of time follows it, and "later"/"earlier" leads it or the complementizer
 * comes after it. Elsewhere "that" may open the clause whose subject the unit starts ("said that day trips …").
 */
export function thatOfTime(tokens: Token[], k: number): boolean {
  const unit = tokens[k + 1];
  if (tokens[k]?.normal !== 'that' || !unit || !(isTimeWord(unit.normal) || unit.normal === 'day') || /s$/.test(unit.normal)) return false;
  return /^(later|earlier)$/.test(tokens[k - 1]?.normal ?? '') || tokens[k + 2]?.normal === 'that';
}
