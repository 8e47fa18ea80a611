import { readDataFile } from './data-file.js';

interface ScoreWords {
  nouns: ReadonlySet<string>;
  infinitives: ReadonlySet<string>;
}

let words: ScoreWords | undefined;

/** data/score-words.json: nouns of a score ("penalty", "try") and verbs after "to" of a match ("level", "win"). */
export function scoreWords(): ScoreWords {
  if (!words) {
    const raw = readDataFile<{ nouns: string[]; infinitives: string[] }>('score-words.json');
    words = { nouns: new Set(raw.nouns), infinitives: new Set(raw.infinitives) };
  }
  return words;
}
