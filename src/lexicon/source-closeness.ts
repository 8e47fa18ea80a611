import { readDataFile } from './data-file.js';

let closeness: Map<string, Set<string>> | undefined;

/** "familiar" + "with", "involved" + "in": a word saying how an unnamed source knows the matter, and its preposition (data/source-closeness.json). */
export function isSourceCloseness(word: string, preposition: string): boolean {
  closeness ??= new Map(Object.entries(readDataFile<{ source_closeness: Record<string, string[]> }>('source-closeness.json').source_closeness).map(([w, p]) => [w, new Set(p)]));
  return closeness.get(word)?.has(preposition) ?? false;
}
