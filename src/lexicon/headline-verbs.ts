import { readFileSync } from 'node:fs';

let verbs: ReadonlySet<string> | undefined;

/** Whether a word, in small letters, is a verb a title-case headline opens its clause with ("sues", "clash"; data/headline-verbs.json). */
export function isHeadlineVerb(word: string): boolean {
  verbs ??= new Set((JSON.parse(readFileSync(new URL('../../data/headline-verbs.json', import.meta.url), 'utf8')) as { words: string[] }).words);
  return verbs.has(word);
}
