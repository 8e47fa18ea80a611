import { readFileSync } from 'node:fs';

let words: ReadonlySet<string> | undefined;

/** Kind words whose name's first word alone is not the body: "Party", "Campaign" (data/kind-words-without-short-form.json). */
export function kindWordsWithoutShortForm(): ReadonlySet<string> {
  words ??= new Set((JSON.parse(readFileSync(new URL('../../data/kind-words-without-short-form.json', import.meta.url), 'utf8')) as { words: string[] }).words);
  return words;
}
