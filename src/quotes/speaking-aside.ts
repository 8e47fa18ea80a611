import type { Token } from '../types.js';
import { cueLexicon } from '../lexicon/cues.js';
import { placeInDescription } from './apposition-heads.js';
import { tokenAt, type SpeakerPhrase } from './speaker-phrase.js';

/**
 * Whether the aside at tokens[first..] after a subject's comma tells how the subject itself spoke: a participle
 * of speaking ("speaking on condition of anonymity", "talking to reporters") or of being asked ("asked whether he
 * would meet Ruiz", "pressed on the delay"). Only the one who answers or speaks is described so, so the subject
 * before the aside speaks whatever its head noun, and a name inside the aside (the one asked about) is none.
 */
export function speakingAside(tokens: Token[], first: number): boolean {
  const t = tokens[first];
  if (!t || t.pos === 'PUNCT' || !/^\p{Ll}/u.test(t.text)) return false;
  const lex = cueLexicon();
  if (/ing$/.test(t.normal)) return lex.permittedSpeechVerbs.has(t.lemma) || lex.speech.has(t.lemma);
  return lex.askingVerbs.has(t.normal);
}

/**
 * The speaker before a speaking aside: the head found there, except a place closing a description ("A luthier
 * in Cremona, speaking …," is the luthier, never Cremona), where the description before the place speaks.
 */
export function headBeforeSpeakingAside(tokens: Token[], head: SpeakerPhrase | null, end: number, lo: number, phraseEndingAt: (end: number) => SpeakerPhrase | null): SpeakerPhrase | null {
  if (!head) return null;
  const first = tokenAt(tokens, head.phraseStart ?? head.start, end);
  const placed = head.kind === 'person' && placeInDescription(tokens, first, lo) ? phraseEndingAt(first - 2) : null;
  const spoke = placed ?? head;
  // Only a phrase opening the clause is its subject: "A diplomat whose delegation stayed in the hall, speaking …,"
  // ends in a noun of the relative clause ("the hall"); that reading is left to the apposition rules.
  return startsAfterCommaOrConjunction(tokens, tokenAt(tokens, spoke.phraseStart ?? spoke.start, end), lo) ? spoke : null;
}

/** tokens[k] opens the sentence's clause: its first word, or the first after a comma or a conjunction. */
function startsAfterCommaOrConjunction(tokens: Token[], k: number, lo: number): boolean {
  return k <= lo || tokens[k - 1]!.text === ',' || tokens[k - 1]!.pos === 'CCONJ';
}
