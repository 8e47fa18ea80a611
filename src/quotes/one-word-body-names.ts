import type { SpeakerPhrase } from './speaker-phrase.js';
import { genderOfFirstName } from '../nlp/names.js';

/**
 * "The hospital's union, Unison, said": a body described by its kind ("the hospital's union"), then one
 * capitalised word in apposition. No person is a union, so the word names the body, though alone it reads like a
 * surname. A given name stays a person ("The firm's union, Maria, said" is no body's name), and so does any name
 * after a person's role ("The club's owner, Abramovich, said": the head is no body there).
 */
export function oneWordBodyName(head: SpeakerPhrase | null, named: SpeakerPhrase | null): SpeakerPhrase | null {
  if (head?.kind !== 'organization' || named?.kind !== 'person' || /\s/.test(named.text)) return null;
  if (!/^\p{Lu}\p{L}+$/u.test(named.text) || genderOfFirstName(named.text) !== 'unknown') return null;
  return { ...named, kind: 'organization', role: null, name: named.text };
}
