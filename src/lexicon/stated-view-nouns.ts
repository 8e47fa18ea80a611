import { readFileSync } from 'node:fs';

let words: ReadonlySet<string> | undefined;

/** A noun for a view or message a person states (data/stated-view-nouns.json): "had a different view:". */
export function isStatedViewNoun(word: string): boolean {
  words ??= new Set((JSON.parse(readFileSync(new URL('../../data/stated-view-nouns.json', import.meta.url), 'utf8')) as { words: string[] }).words);
  return words.has(word);
}
