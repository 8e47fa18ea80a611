import { readFileSync } from 'node:fs';

let words: ReadonlySet<string> | undefined;

/** data/sentence-final-abbreviations.json: abbreviations that often end a sentence ("a.m.", "U.S.", "Inc."), in small letters. */
export function sentenceFinalAbbreviations(): ReadonlySet<string> {
  if (!words) {
    const raw = JSON.parse(readFileSync(new URL('../../data/sentence-final-abbreviations.json', import.meta.url), 'utf8')) as { abbreviations: string[] };
    words = new Set(raw.abbreviations.map((w) => w.toLowerCase()));
  }
  return words;
}
