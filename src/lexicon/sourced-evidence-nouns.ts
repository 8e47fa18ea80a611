import { readDataFile } from './data-file.js';

let nouns: ReadonlySet<string> | undefined;

/** data/sourced-evidence-nouns.json: counts and findings a body publishes ("figures from X", "a survey by X"), whose source is X. */
export function isSourcedEvidenceNoun(word: string): boolean {
  if (!nouns) {
    const { counts, findings } = readDataFile<{ counts: string[]; findings: string[] }>('sourced-evidence-nouns.json');
    nouns = new Set([...counts, ...findings]);
  }
  return nouns.has(word);
}
