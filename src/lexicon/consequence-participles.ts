import { readFileSync } from 'node:fs';

let phrases: readonly (readonly string[])[] | undefined;

/** data/consequence-participles.json: participle phrases naming what a reported act led to ("setting off", "prompting"). */
export function consequenceParticiples(): readonly (readonly string[])[] {
  phrases ??= (JSON.parse(readFileSync(new URL('../../data/consequence-participles.json', import.meta.url), 'utf8')) as { phrases: string[][] }).phrases;
  return phrases;
}
