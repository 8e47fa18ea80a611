import { wordSetFrom } from './data-file.js';

let nouns: ReadonlySet<string> | undefined;

/** data/lead-in-documents.json: written pieces that open an "In a note explaining …," lead-in. */
export function isLeadInDocument(word: string): boolean {
  nouns ??= wordSetFrom('lead-in-documents.json', 'nouns');
  return nouns.has(word);
}
