import type { Token } from '../../types.js';
import { classify, type SpeakerPhrase } from '../speaker.js';
import type { Frame } from '../frame.js';
import { isPhraseBreak } from '../sentence-scan.js';
import { isTimeAfterCue } from './time-phrases.js';
import { publishingParticiples, renderingNouns } from '../../lexicon/publishing-participles.js';
import { genderOfFirstName } from '../../nlp/names.js';

/**
 * "according to final results released Monday by the National Electoral Commission": the results speak
 * for the body that put them out, so the body after "by" is the source (a person or organisation only).
 * tokens[from, end) is the source phrase after "according to"; returns the body's phrase, or null.
 */
export function publisherOfSource(tokens: Token[], from: number, end: number): SpeakerPhrase | null {
  for (let k = from + 1; k < end - 1; k++) {
    if (!publishingParticiples().has(tokens[k]!.normal) || !/^(NOUN|PROPN)$/.test(tokens[k - 1]!.pos)) continue;
    // ("a translation provided by the ministry": the ministry rendered someone else's words.)
    if (renderingNouns().has(tokens[k - 1]!.normal)) return null;
    // ("a New Jersey Watchdog report released by the governor's office": the document names its author first.)
    if (tokens.slice(from, k - 1).some((t) => t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text))) return null;
    // (A time may stand between the participle and "by": "released Monday by …", "issued last week by …".)
    let by = k + 1;
    while (by < end && by < k + 4 && tokens[by]!.normal !== 'by' && (isTimeAfterCue(tokens[by]!.normal) || /^(on|week|month|year)$/.test(tokens[by]!.normal))) by++;
    if (tokens[by]?.normal !== 'by' || by + 1 >= end) return null;
    const body = classify(tokens, by + 1, end);
    if (!body || (body.kind !== 'organization' && body.kind !== 'person')) return null;
    // (A body that puts out figures is seldom a person: "a poll released on Friday by Latino Decisions" is one
    // unless a given name opens it.)
    return body.kind === 'person' && genderOfFirstName(body.name.split(' ')[0]!) === 'unknown' ? { ...body, kind: 'organization' } : body;
  }
  return null;
}

/** An "according to" frame whose source was put out by a body ("results released by X") gets that body as its speaker. */
export function withPublisher(tokens: Token[], frame: Frame | null, last: number): Frame | null {
  if (!frame?.according) return frame;
  const from = frame.cueToken + 1; // (the cue's last token, "to")
  let end = from;
  while (end <= last && end < from + 15 && !isPhraseBreak(tokens[end]!)) end++;
  const publisher = publisherOfSource(tokens, from, end);
  return publisher ? { ...frame, speaker: publisher } : frame;
}
