import type { Token } from '../types.js';
import { SUBJECT_OF_OBJECT } from '../nlp/words.js';
import { classify, description, sourceText, type SpeakerPhrase } from './speaker.js';
import { roleOf } from './classify-phrase.js';

// "Reuters quoted her as saying …", "AFP quoted an aide to the minister as saying …": the object between the
// active quoter and "as" is who spoke, in the shapes the general speaker-after-cue reading leaves out.

/**
 * The speaker in tokens (quoter, as) when it is an object pronoun ("quoted her as saying": she, resolved like
 * any pronoun speaker) or a noun phrase closed by a prepositional phrase ("a senior aide to the senator"),
 * else null. `partial` is the phrase the speaker-after-cue reading found, ending early.
 */
export function quotedObjectSpeaker(tokens: Token[], quoter: number, as: number, partial: SpeakerPhrase | null): SpeakerPhrase | null {
  if (as === quoter + 2) {
    const t = tokens[quoter + 1]!;
    const subject = t.pos === 'PRON' ? SUBJECT_OF_OBJECT.get(t.normal) : undefined;
    return subject && /^(he|she|they)$/.test(subject) ? { start: t.start, end: t.end, text: t.text, kind: 'pronoun', name: subject, role: null, title: null } : null;
  }
  // (Only an unnamed description grows: "quoted Ana Ruiz of the ministry" is read as a name elsewhere.)
  if (!partial || partial.kind !== 'anonymous' || partial.start !== tokens[quoter + 1]!.start) return null;
  let after = quoter + 1;
  while (after < as && tokens[after]!.start < partial.end) after++;
  if (after >= as || tokens[after]!.pos !== 'ADP') return null;
  const whole = classify(tokens, quoter + 1, as);
  if (whole && whole.kind === 'anonymous' && whole.end === tokens[as - 1]!.end) return { ...whole, role: whole.role ?? partial.role };
  const phrase = description(tokens, quoter + 1, as);
  return { ...phrase, role: partial.role ?? roleOf(sourceText(tokens, quoter + 1, after)) };
}
