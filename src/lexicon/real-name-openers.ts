import { readFileSync } from 'node:fs';

let phrases: string[][] | undefined;

/** Phrases opening a real-name aside after a stage name (data/real-name-openers.json), as lists of small-letter words, longest first. */
export function realNameOpeners(): string[][] {
  phrases ??= (JSON.parse(readFileSync(new URL('../../data/real-name-openers.json', import.meta.url), 'utf8')) as { phrases: string[] }).phrases
    .map((p) => p.split(' '))
    .sort((a, b) => b.length - a.length);
  return phrases;
}
