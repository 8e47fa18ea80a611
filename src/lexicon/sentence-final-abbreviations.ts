import { readDataFile } from './data-file.js';

let words: ReadonlySet<string> | undefined;

/** data/sentence-final-abbreviations.json: abbreviations that often end a sentence ("a.m.", "U.S.", "Inc."), in small letters. */
export function sentenceFinalAbbreviations(): ReadonlySet<string> {
  if (!words) {
    const raw = readDataFile<{ abbreviations: string[] }>('sentence-final-abbreviations.json');
    words = new Set(raw.abbreviations.map((w) => w.toLowerCase()));
  }
  return words;
}
