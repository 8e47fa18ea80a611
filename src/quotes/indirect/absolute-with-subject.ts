import type { Token } from '../../types.js';
import { frameAtToken, type Frame } from '../frame.js';
import { personLike } from '../described-speakers.js';
import { phraseEndingAt } from '../speaker.js';

/**
 * "The film premiered last week, with fans flooding social media to complain that the ending was rushed": in a
 * "with" phrase whose noun does an -ing act, an infinitive cue after that act is the noun's purpose, so the noun
 * speaks, not the subject of the clause the phrase hangs on. Up to five words of the act's object or place come
 * between ("taking to social media", "lining the street"), none a verb; the noun is a short phrase right after
 * "with" that stands for people or a body. The frame found otherwise is kept when there is no such phrase.
 */
export function withAbsoluteSubject(tokens: Token[], cue: number, lo: number, frame: Frame | null): Frame | null {
  const to = cue - 1;
  // (Only a frame found for a reported clause changes hands: with none, or with a topic after the cue, "to complain
  // about the ending" is left to the object cues, which read the same subject.)
  if (!frame || topicAfter(tokens, cue) || to <= lo || tokens[to]!.normal !== 'to' || tokens[to]!.pos !== 'PART') return frame;
  let v = to - 1;
  while (v > lo && to - v <= 6 && OBJECT_WORD.test(tokens[v]!.pos) && !isIngForm(tokens[v]!)) v--;
  if (v <= lo || !isIngForm(tokens[v]!) || tokens[v]!.pos === 'NOUN') return frame;
  let w = v - 1;
  while (w > lo && v - w <= 4 && NOUN_PHRASE_WORD.test(tokens[w]!.pos)) w--;
  if (w === v - 1 || tokens[w]!.normal !== 'with') return frame;
  const subject = phraseEndingAt(tokens, v - 1, w + 1);
  if (!subject || subject.start !== tokens[w + 1]!.start || !personLike(subject)) return frame;
  return frameAtToken(tokens, cue, subject, { distant: true });
}

/** Words of the -ing act's object or place: "social media", "to the streets", "online". */
const OBJECT_WORD = /^(DET|ADJ|NOUN|PROPN|NUM|ADP|ADV)$/;
/** Words of the noun phrase after "with": "fans", "many angry viewers", "the union's members". */
const NOUN_PHRASE_WORD = /^(DET|ADJ|NOUN|PROPN|NUM|PART)$/;

/** A preposition of topic right after the cue: "complain about …", "warn of …" take an object, no clause. */
export function topicAfter(tokens: Token[], cue: number): boolean {
  return TOPIC_PREPOSITION.test(tokens[cue + 1]?.normal ?? '');
}
const TOPIC_PREPOSITION = /^(?:about|of|over|at|on|against|for|with)$/;

const isIngForm = (t: Token) => /^\p{Ll}{2,}ing$/u.test(t.text) && !/thing$/.test(t.text);
