import type { Token } from '../types.js';
import { roleOf } from './classify-phrase.js';
import { sourceText, tokenAt, type SpeakerPhrase } from './speaker-phrase.js';
import { phraseEndingAt } from './speaker.js';

/**
 * "the sprinter Silver Lake, whose trainer, Paul Dunne, said …": the cue is the relative clause's own verb, so
 * the speaker is the name set off by commas after "whose ROLE", not the noun "whose" belongs to. tokens[comma]
 * is the comma before the cue; the name before it must be a person's and only a noun or two may stand between
 * it and ", whose" (with a verb there, "whose firm, Tidewell, runs the ferries, said", the clause closed before).
 */
export function nameAfterWhoseRole(tokens: Token[], comma: number, lo: number): SpeakerPhrase | null {
  const name = phraseEndingAt(tokens, comma - 1, lo);
  if (name?.kind !== 'person') return null;
  const nameFirst = tokenAt(tokens, name.start, comma);
  if (tokens[nameFirst - 1]?.text !== ',') return null;
  let k = nameFirst - 2;
  while (k > lo && nameFirst - 2 - k < 3 && /^(NOUN|ADJ)$/.test(tokens[k]!.pos)) k--;
  if (k === nameFirst - 2 || tokens[k]!.normal !== 'whose' || tokens[k - 1]?.text !== ',') return null;
  return { ...name, role: name.role ?? roleOf(sourceText(tokens, k + 1, nameFirst - 1)) };
}
