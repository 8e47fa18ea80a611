import { readFileSync } from 'node:fs';

let words: ReadonlySet<string> | undefined;

/** Words an award is hyphened to before a name (data/award-participles.json): "nominated", "winning". */
export function awardParticiples(): ReadonlySet<string> {
  words ??= new Set((JSON.parse(readFileSync(new URL('../../data/award-participles.json', import.meta.url), 'utf8')) as { words: string[] }).words);
  return words;
}
