import { personLike } from './described-speakers.js';
import type { SpeakerPhrase } from './speaker.js';

/**
 * "Whitcombe's testimony was halting. Asked why …, he paused.": a sentence whose subject is a named person's
 * thing (no person or body: not "Whitcombe's lawyer", "Whitcombe's firm") is about that person, who is the
 * "he"/"she" after it as a plain "Whitcombe paused." would be. Returns the owner's name as written, else null.
 */
export function ownerOfThingSubject(subject: SpeakerPhrase): string | null {
  if (subject.kind !== 'anonymous' || personLike(subject)) return null;
  const owner = /^(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3})[’']s\s+\S/u.exec(subject.name);
  return owner ? owner[1]! : null;
}
