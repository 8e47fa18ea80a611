import { readDataFile } from './data-file.js';

export interface SentDocuments { nouns: ReadonlySet<string>; verbs: ReadonlySet<string>; receivingVerbs: ReadonlySet<string> }

let lists: SentDocuments | undefined;

/** Pieces one sends or writes ("letter", "email"), the verbs of sending them and of receiving them (data/sent-documents.json). */
export function sentDocuments(): SentDocuments {
  if (lists) return lists;
  const data = readDataFile<{ nouns: string[]; verbs: string[]; receivingVerbs: string[] }>('sent-documents.json');
  return (lists = { nouns: new Set(data.nouns), verbs: new Set(data.verbs), receivingVerbs: new Set(data.receivingVerbs) });
}
