import { readDataFile } from './data-file.js';

interface SufferedConditions {
  verbs: ReadonlySet<string>;
  nouns: ReadonlySet<string>;
}

let lexicon: SufferedConditions | undefined;

/** data/suffered-conditions.json: "reported injuries", "reported symptoms": a condition suffered, no speech. */
export function sufferedConditions(): SufferedConditions {
  if (!lexicon) {
    const data = readDataFile<{ verbs: string[]; nouns: string[] }>('suffered-conditions.json');
    lexicon = { verbs: new Set(data.verbs), nouns: new Set(data.nouns) };
  }
  return lexicon;
}
