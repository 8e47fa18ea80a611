import type { Token } from '../../types.js';
import type { Frame } from '../frame.js';
import { cueLexicon } from '../../lexicon/cues.js';
import { TIME_SUBORDINATORS } from '../../nlp/words.js';

/**
 * Frames that look like a speaker and a cue but report nothing.
 * - "a larger cut than most analysts had expected, after …": a cue in a comparison after "than" has no
 *   content of its own; the words after it are the writer's.
 * - "the chef's bistro, a 12-seat counter, gained …": a "speaker" ending on a measure modifier ("a
 *   12-seat") means the tagger read a noun as the cue.
 */
export function emptyFrame(tokens: Token[], frame: Frame, lo: number): boolean {
  const first = indexAt(tokens, frame.speaker.phraseStart ?? frame.speaker.start, lo);
  if (first < 0) return false;
  // (Only with an auxiliary before the cue, "than most analysts had expected": "More than four in 10 said" speaks.)
  if (first < frame.cueToken && tokens[first - 1]?.normal === 'than' && tokens[frame.cueToken - 1]?.pos === 'AUX') return true;
  const last = indexAt(tokens, frame.speaker.end - 1, lo);
  if (last < first || last >= frame.cueToken) return false;
  // A "speaker" ending on a measure modifier, "a 12-seat", "a three-storey": the cue word is its noun.
  // Not a fraction, a share of people ("and two-thirds said the same"), nor before a cue that can only be a
  // verb ("said", "told", "say"): the rule is for a noun read as the cue.
  return last - first >= 2 && tokens[last - 1]!.text === '-' && tokens[last - 2]!.pos === 'NUM' && tokens[last - 1]!.end === tokens[last]!.start
    && !cueLexicon().fractionWords.has(tokens[last]!.normal) && !onlyVerb(tokens[frame.cueToken]!);
}

/** A cue word no noun shares: a past form ("said", "told", "argued") or a form of "say"/"tell". */
function onlyVerb(cue: Token): boolean {
  return /^(say|says|tell|tells)$/.test(cue.normal) || (cue.normal !== cue.lemma && !/s$/.test(cue.normal));
}

/**
 * "Lee said something the cameras missed", "she said a few words to the crowd": an indefinite object of the
 * cue with a clause on it (a subject right after it) or nothing after it is what was said about, not a
 * clause reported ("Lee said nothing had changed" has a verb after it, and stays).
 */
export function indefiniteObject(tokens: Token[], from: number, to: number): boolean {
  const words = cueLexicon().indefiniteSaidObjects.find((w) => from + w.length - 1 <= to && w.every((x, j) => tokens[from + j]!.normal === x));
  if (!words) return false;
  const next = tokens[from + words.length];
  // (A subject right after it opens a clause on it; "said something in the water had made …" reports.)
  // (… and so does a time clause on the cue: "the accused said nothing as the verdict was read" tells when.)
  return !next || from + words.length > to || next.pos === 'PUNCT' || /^(DET|PRON|PROPN)$/.test(next.pos) || TIME_SUBORDINATORS.has(next.normal);
}

/** The token at or after lo that holds offset, by binary search (a sentence can hold thousands of tokens). */
function indexAt(tokens: Token[], offset: number, lo: number): number {
  let a = lo;
  let b = tokens.length - 1;
  while (a <= b) {
    const k = (a + b) >> 1;
    const t = tokens[k]!;
    if (offset < t.start) b = k - 1;
    else if (offset >= t.end) a = k + 1;
    else return k;
  }
  return -1;
}
