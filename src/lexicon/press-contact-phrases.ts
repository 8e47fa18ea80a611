import { readFileSync } from 'node:fs';

let phrases: readonly string[] | undefined;

/** data/press-contact-phrases.json: phrases naming the outlet that asked for comment ("when contacted by"). */
export function pressContactPhrases(): readonly string[] {
  phrases ??= (JSON.parse(readFileSync(new URL('../../data/press-contact-phrases.json', import.meta.url), 'utf8')) as { phrases: string[] }).phrases;
  return phrases;
}
