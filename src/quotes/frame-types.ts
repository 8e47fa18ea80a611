import type { Token } from '../types.js';
import { type SpeakerPhrase } from './speaker.js';

// The shape of a found attribution: a frame (cue, speaker, outlet) and the cue it rests on.

/** speech: any speech verb; clause: also weak verbs (the quote is inside their clause); report: indirect speech. */
export type CueMode = 'speech' | 'clause' | 'report';

/** A cue and the speaker phrase it attributes: one "who said" found in the text. */
export interface Frame {
  cueStart: number;
  cueEnd: number;
  cue: string;
  /** Token index of the cue's (last) word. */
  cueToken: number;
  speaker: SpeakerPhrase;
  outlet: string | null;
  /** "according to" frames: the speaker follows the cue. */
  according: boolean;
  /** The speaker is the sentence's subject, not a phrase next to the cue (participle cues). */
  distant?: boolean;
  /**
   * The speaker is the one who told, named after the cue ("was told by the mayor that …", "heard from her
   * lawyer that …"); the sentence's subject only heard the words, so a description of the teller is never it.
   */
  teller?: boolean;
}

/** The frame of a one-word cue at tokens[cue]; the outlet is the speaker's when the speaker is one, unless `fields` say. */
export function frameAtToken(tokens: Token[], cue: number, speaker: SpeakerPhrase, fields: Partial<Pick<Frame, 'outlet' | 'according' | 'distant'>> = {}): Frame {
  const t = tokens[cue]!;
  return { cueStart: t.start, cueEnd: t.end, cue: t.text, cueToken: cue, speaker, outlet: speaker.kind === 'outlet' ? speaker.name : null, according: false, ...fields };
}

export interface Cue {
  first: number;
  last: number;
  according: boolean;
  medium: boolean;
  weak?: boolean;
}
