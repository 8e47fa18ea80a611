import type { Token } from '../types.js';
import { tokenAt, type SpeakerPhrase } from './speaker-phrase.js';

/**
 * ", which reported …" after a name the lists do not know, read as a person's: "The claims first surfaced on
 * Harbor Wire, which reported that …". "which" never stands for a person, and a name after "on" or "in" (a
 * determiner between) is where something appeared: the name is a publication's, and the outlet reports.
 * `described` is the phrase ending right before the comma at tokens[comma]. Null otherwise.
 */
export function publicationBeforeWhich(tokens: Token[], described: SpeakerPhrase | null, comma: number, lo: number): SpeakerPhrase | null {
  if (!described || described.kind !== 'person' || described.role || described.title) return null;
  let k = tokenAt(tokens, described.start, comma) - 1;
  if (k > lo && tokens[k]!.normal === 'the') k--;
  if (k <= lo || !/^(on|in)$/.test(tokens[k]!.normal)) return null;
  return { ...described, kind: 'outlet' };
}

/** tokens[cue - 2, cue) are ", which" or ", who": the cue's subject is the relative's antecedent, whatever opens the sentence. */
export function relativeRightBeforeCue(tokens: Token[], cue: number): boolean {
  return /^(which|who)$/.test(tokens[cue - 1]?.normal ?? '') && tokens[cue - 2]?.text === ',';
}
