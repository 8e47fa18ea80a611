import { readFileSync } from 'node:fs';

let nouns: ReadonlySet<string> | undefined;

/** data/sourced-evidence-nouns.json: counts and findings a body publishes ("figures from X", "a survey by X"), whose source is X. */
export function isSourcedEvidenceNoun(word: string): boolean {
  if (!nouns) {
    const { counts, findings } = JSON.parse(readFileSync(new URL('../../data/sourced-evidence-nouns.json', import.meta.url), 'utf8')) as { counts: string[]; findings: string[] };
    nouns = new Set([...counts, ...findings]);
  }
  return nouns.has(word);
}
