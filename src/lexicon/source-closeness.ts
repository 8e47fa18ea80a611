import { readFileSync } from 'node:fs';

let closeness: Map<string, Set<string>> | undefined;

/** "familiar" + "with", "involved" + "in": a word saying how an unnamed source knows the matter, and its preposition (data/source-closeness.json). */
export function isSourceCloseness(word: string, preposition: string): boolean {
  closeness ??= new Map(Object.entries((JSON.parse(readFileSync(new URL('../../data/source-closeness.json', import.meta.url), 'utf8')) as { source_closeness: Record<string, string[]> }).source_closeness).map(([w, p]) => [w, new Set(p)]));
  return closeness.get(word)?.has(preposition) ?? false;
}
