import { readFileSync } from 'node:fs';

let nouns: ReadonlySet<string> | undefined;

/** data/measured-evidence-nouns.json: findings a body gathers ("a survey by X"), whose source is X. */
export function isMeasuredEvidenceNoun(word: string): boolean {
  nouns ??= new Set((JSON.parse(readFileSync(new URL('../../data/measured-evidence-nouns.json', import.meta.url), 'utf8')) as { nouns: string[] }).nouns);
  return nouns.has(word);
}
