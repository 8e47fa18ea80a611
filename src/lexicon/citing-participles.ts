import { wordSetFrom } from './data-file.js';

let participles: ReadonlySet<string> | undefined;

/** data/citing-participles.json: a source naming its own source ("citing league sources", "quoting an aide"). */
export function isCitingParticiple(word: string): boolean {
  participles ??= wordSetFrom('citing-participles.json', 'participles');
  return participles.has(word);
}
