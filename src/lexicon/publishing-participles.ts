import { readFileSync } from 'node:fs';

let words: ReadonlySet<string> | undefined;

/** data/publishing-participles.json: participles of putting out a document or figures ("released", "published"). */
export function publishingParticiples(): ReadonlySet<string> {
  words ??= new Set((JSON.parse(readFileSync(new URL('../../data/publishing-participles.json', import.meta.url), 'utf8')) as { participles: string[] }).participles);
  return words;
}
