import type { Person, PersonRegistry } from '../nlp/names.js';
import type { SpeakerPhrase } from './speaker.js';

/**
 * "Susan Hale said …. The comedian Mark Hale also paid tribute. Hale wrote …": a surname alone opening its sentence,
 * shared by several people named in full, is the one the sentence right before named in full as its subject — news
 * introduces someone by full name and goes on with the surname. Returns null to leave the usual choice (the first
 * named, or the latest speaker of that surname: recentSurnameSpeaker). A relative named only in apposition ("Dana
 * Cole thanked her husband, Frank Cole. Cole said …") is no subject and leaves it.
 */
export function surnameSubjectJustBefore(surname: string, registry: PersonRegistry, opensSentence: boolean, previousSubject: SpeakerPhrase | null): Person | null {
  if (!opensSentence || /\s/.test(surname.trim()) || previousSubject?.kind !== 'person') return null;
  const holders = registry.surnameHolders(surname.trim());
  if (holders.length < 2) return null;
  const words = previousSubject.name.split(' ');
  if (words.length < 2 || words[words.length - 1]!.toLowerCase() !== surname.trim().toLowerCase()) return null;
  const person = registry.find(words, true);
  return person && holders.includes(person) ? person : null;
}
