import { readFileSync } from 'node:fs';

let participles: ReadonlySet<string> | undefined;

/** data/citing-participles.json: a source naming its own source ("citing league sources", "quoting an aide"). */
export function isCitingParticiple(word: string): boolean {
  participles ??= new Set((JSON.parse(readFileSync(new URL('../../data/citing-participles.json', import.meta.url), 'utf8')) as { participles: string[] }).participles);
  return participles.has(word);
}
