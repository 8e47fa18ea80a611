import { readDataFile } from './data-file.js';

/** data/institution-heads.json: heads and joining words of institutions named in another language. */
interface InstitutionHeads {
  heads: ReadonlySet<string>;
  joiners: ReadonlySet<string>;
}

let data: InstitutionHeads | undefined;

function load(): InstitutionHeads {
  const raw = readDataFile<Record<string, string[]>>('institution-heads.json');
  return { heads: new Set(raw.heads!), joiners: new Set(raw.joiners!) };
}

/** "université", "universidad", "hôpital": a word (lower case) that opens a body's name in another language. */
export function isForeignInstitutionHead(word: string): boolean {
  data ??= load();
  return data.heads.has(word);
}

/** "de", "della", "für": a small-letter word that joins the words of such a body's name. */
export function isInstitutionJoiner(word: string): boolean {
  data ??= load();
  return data.joiners.has(word);
}
