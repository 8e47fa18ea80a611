import { readFileSync } from 'node:fs';

let nouns: ReadonlySet<string> | undefined;

/** data/lead-in-documents.json: written pieces that open an "In a note explaining …," lead-in. */
export function isLeadInDocument(word: string): boolean {
  nouns ??= new Set((JSON.parse(readFileSync(new URL('../../data/lead-in-documents.json', import.meta.url), 'utf8')) as { nouns: string[] }).nouns);
  return nouns.has(word);
}
