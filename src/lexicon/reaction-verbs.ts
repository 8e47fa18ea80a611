import { readFileSync } from 'node:fs';

let words: ReadonlySet<string> | undefined;

/** A verb lemma for a person reacting to what another said (data/reaction-verbs.json): "and Ashby backed him". */
export function isReactionVerb(lemma: string): boolean {
  words ??= new Set((JSON.parse(readFileSync(new URL('../../data/reaction-verbs.json', import.meta.url), 'utf8')) as { words: string[] }).words);
  return words.has(lemma);
}
