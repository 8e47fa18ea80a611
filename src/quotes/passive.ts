import type { Token } from '../types.js';
import { frameAtToken, type Frame } from './frame.js';
import { classify, personLike, type SpeakerPhrase } from './speaker.js';
import type { SentenceScan } from './sentence-scan.js';

/**
 * A passive speech act with its agent: "The mayor was criticized by two council members for the
 * delay", "The plan has been endorsed by the teachers' union". The agent (after "by") is the speaker,
 * and the sentence, which says what the agent held against or for the subject, is the content.
 * tokens[cue] is a passive object cue; returns the content's token range and the frame, or null.
 */
export function passiveWithAgent(tokens: Token[], cue: number, lo: number, last: number, scan: () => SentenceScan): { from: number; to: number; frame: Frame } | null {
  const speaker = passiveAgent(tokens, cue, last);
  if (!speaker) return null;
  // The sentence is the content; a quotation inside it is the quote stage's.
  let to = last;
  while (to > lo && tokens[to]!.pos === 'PUNCT') to--;
  if (to - lo < 4 || scan().hasMark(lo, to)) return null;
  return { from: lo, to, frame: frameAtToken(tokens, cue, speaker) };
}

/**
 * The agent after a passive cue at tokens[cue], "by" and a noun phrase naming a person or a body:
 * "was criticized by two council members", "was asked by host Ned Park". Null for none or a pronoun.
 */
export function passiveAgent(tokens: Token[], cue: number, last: number): SpeakerPhrase | null {
  let by = cue + 1;
  while (by <= last && tokens[by]!.pos === 'ADV') by++;
  if (tokens[by]?.normal !== 'by') return null;
  // The agent: a noun phrase up to a preposition (other than "of"), a verb or punctuation.
  let end = by + 1;
  while (end <= last && end < by + 10 && (/^(DET|ADJ|NOUN|PROPN|NUM|PART)$/.test(tokens[end]!.pos) || (tokens[end]!.normal === 'of' && end > by + 1))) end++;
  if (end === by + 1) return null;
  const speaker = classify(tokens, by + 1, end);
  return speaker && speaker.kind !== 'pronoun' && personLike(speaker) ? speaker : null;
}
