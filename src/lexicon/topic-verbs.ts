import { readFileSync } from 'node:fs';

let verbs: ReadonlySet<string> | undefined;

/** data/topic-verbs.json: verbs of talking about a topic (mention, address, discuss), by lemma. */
export function isTopicVerb(lemma: string): boolean {
  verbs ??= new Set((JSON.parse(readFileSync(new URL('../../data/topic-verbs.json', import.meta.url), 'utf8')) as { verbs: string[] }).verbs);
  return verbs.has(lemma);
}
