import { readFileSync } from 'node:fs';

interface SufferedConditions {
  verbs: ReadonlySet<string>;
  nouns: ReadonlySet<string>;
}

let lexicon: SufferedConditions | undefined;

/** data/suffered-conditions.json: "reported injuries", "reported symptoms": a condition suffered, no speech. */
export function sufferedConditions(): SufferedConditions {
  if (!lexicon) {
    const data = JSON.parse(readFileSync(new URL('../../data/suffered-conditions.json', import.meta.url), 'utf8')) as { verbs: string[]; nouns: string[] };
    lexicon = { verbs: new Set(data.verbs), nouns: new Set(data.nouns) };
  }
  return lexicon;
}
