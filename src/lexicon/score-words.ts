import { readFileSync } from 'node:fs';

interface ScoreWords {
  nouns: ReadonlySet<string>;
  infinitives: ReadonlySet<string>;
}

let words: ScoreWords | undefined;

/** data/score-words.json: nouns of a score ("penalty", "try") and verbs after "to" of a match ("level", "win"). */
export function scoreWords(): ScoreWords {
  if (!words) {
    const raw = JSON.parse(readFileSync(new URL('../../data/score-words.json', import.meta.url), 'utf8')) as { nouns: string[]; infinitives: string[] };
    words = { nouns: new Set(raw.nouns), infinitives: new Set(raw.infinitives) };
  }
  return words;
}
